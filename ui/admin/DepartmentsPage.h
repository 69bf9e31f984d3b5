#pragma once

#include "Page.h"

class QPushButton;
class QTableWidget;

// The departments that report to the credit office; every account belongs to one.
class DepartmentsPage : public Page
{
    Q_OBJECT

public:
    DepartmentsPage(Session& session, QWidget* parent);
    void refresh() override;

private:
    void addDepartment();

    QTableWidget* m_table;
    QPushButton* m_addButton;
};
