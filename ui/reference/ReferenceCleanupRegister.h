#pragma once

#include "ReferenceRegister.h"
#include "reference/CleanupDocument.h"

class QCheckBox;

// The clean-up register (清理台账) of local documents that set credit measures.
class ReferenceCleanupRegister : public ReferenceRegister
{
    Q_OBJECT

public:
    ReferenceCleanupRegister(Session& session, bool editor, QWidget* parent);
    static QString title();
    void load() override;
    const QList<CleanupDocument>& documents() const { return m_cleanup; }

private:
    QString cleanupDetail(int index) const;
    void editCleanup(int row); // -1 adds one

    QCheckBox* m_overdueCheckBox = nullptr;
    QList<CleanupDocument> m_cleanup;
};
