#pragma once

#include <QDate>
#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QTableView;
class ReferenceTableModel;

// Every version of a catalog item or measure with the range it was in force, and which version applied
// on a chosen date (the version an old record was collected under).
class ReferenceHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // versionOn describes the version in force on a date (or why there is none).
    ReferenceHistoryDialog(const QString& title, const QStringList& headers, const QList<QStringList>& rows,
                           std::function<QString(QDate)> versionOn, QWidget* parent = nullptr);

    ReferenceTableModel* model() const { return m_model; }
    QDateEdit* dateEdit() const { return m_dateEdit; }
    QLabel* versionOnLabel() const { return m_versionOnLabel; }

private:
    ReferenceTableModel* m_model;
    QTableView* m_table;
    QDateEdit* m_dateEdit;
    QLabel* m_versionOnLabel;
    std::function<QString(QDate)> m_versionOn;
};
