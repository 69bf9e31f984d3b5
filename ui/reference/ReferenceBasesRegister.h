#pragma once

#include "ReferenceRegister.h"
#include "reference/LegalBasis.h"

#include <QHash>

// The legal bases (法律依据) the lists, measures and catalog items cite.
class ReferenceBasesRegister : public ReferenceRegister
{
    Q_OBJECT

public:
    ReferenceBasesRegister(Session& session, bool editor, QWidget* parent);
    static QString title();
    void load() override;
    const QList<LegalBasis>& bases() const { return m_bases; }
    // The citations of the bases with these ids, one a line: what the other registers' details show.
    QString basesText(const QList<qint64>& ids) const;

private:
    QString basisDetail(int row) const;
    void editBasis(int row); // -1 adds one
    void repealBasis(int row);

    QList<LegalBasis> m_bases;
    QHash<qint64, LegalBasis> m_basisById;
};
