#pragma once

#include "Session.h"

#include <QDialog>

class QTableWidget;

// One credit subject: its registration (code masked), its credit records (each opens its detail) and
// its history from the audit trail.
class RegistrySubjectDetailDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kRecordsShown = 1000;

    RegistrySubjectDetailDialog(Session& session, qint64 subjectId, QWidget* parent);

    QTableWidget* recordsTable() const { return m_recordsTable; }
    QTableWidget* historyTable() const { return m_historyTable; }

private:
    QWidget* subjectForm(qint64 subjectId);
    QWidget* listingsTable(qint64 subjectId);
    void fillRecords(qint64 subjectId);

    Session& m_session;
    QTableWidget* m_recordsTable;
    QTableWidget* m_historyTable;
};
