#pragma once

#include "ReferenceRegister.h"
#include "reference/ListDomain.h"

class ReferenceBasesRegister;

// The list domains (严重失信主体名单领域): drafts, put in force, repealed.
class ReferenceDomainsRegister : public ReferenceRegister
{
    Q_OBJECT

public:
    ReferenceDomainsRegister(Session& session, bool editor, const ReferenceBasesRegister& bases, QWidget* parent);
    static QString title();
    void load() override;
    const QList<ListDomain>& domains() const { return m_domains; }

private:
    QString domainDetail(int index) const;
    void editDomain(int row); // -1 adds a draft
    void putDomainInForce(int row);
    void repealDomain(int row);

    const ReferenceBasesRegister& m_bases;
    QList<ListDomain> m_domains;
};
