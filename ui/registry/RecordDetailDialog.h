#pragma once

#include "Session.h"

#include <QDialog>
#include <QList>

class QTableWidget;
struct AuditRow;

// One credit record as the registry holds it: every field (the subject's code masked), the catalog item
// version and rule profile it was collected under, and its history from the audit trail.
class RecordDetailDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDetailDialog(Session& session, qint64 recordId, QWidget* parent);

    QTableWidget* historyTable() const { return m_historyTable; }
    // Fills a history table of the registry's detail dialogs: time, user, event, detail.
    static void fillHistory(QTableWidget* table, const QList<AuditRow>& rows);

private:
    Session& m_session;
    QTableWidget* m_historyTable;
};
