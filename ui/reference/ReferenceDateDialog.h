#pragma once

#include "Result.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;

// Asks for the one date an operation needs (put in force, repeal, abolish) and runs it; what the core
// refuses, e.g. a guard naming the broken rule, appears under the form and the dialog stays open.
class ReferenceDateDialog : public QDialog
{
    Q_OBJECT

public:
    ReferenceDateDialog(const QString& title, const QString& explanation, const QString& dateLabel, QDate initial,
                        std::function<Status(QDate)> operation, QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_dateEdit; }

public slots:
    void accept() override;

private:
    std::function<Status(QDate)> m_operation;
    QDateEdit* m_dateEdit;
    QLabel* m_errorLabel;
};
