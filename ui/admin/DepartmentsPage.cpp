#include "DepartmentsPage.h"

#include "security/Accounts.h"
#include "security/Permissions.h"
#include "widgets/FormHelpers.h"
#include "widgets/MessageBoxes.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DepartmentsPage::DepartmentsPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_addButton(new QPushButton(tr("Add department…"), this))
{
    setObjectName(QStringLiteral("DepartmentsPage"));
    m_table->setObjectName(QStringLiteral("departmentsTable"));
    m_addButton->setObjectName(QStringLiteral("addDepartmentButton"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addButton->setVisible(Permissions::allowed(m_session.actor, Permission::ManageDepartments));
    connect(m_addButton, &QPushButton::clicked, this, &DepartmentsPage::addDepartment);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void DepartmentsPage::refresh()
{
    auto departments = Accounts(*m_session.db).departments();
    if (!departments) {
        MessageBoxes::warning(this, tr("Departments"), departments.error().message);
        return;
    }
    m_table->setRowCount(int(departments->size()));
    for (int row = 0; row < departments->size(); ++row) {
        const auto& department = departments->at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(department.code));
        m_table->setItem(row, 1, new QTableWidgetItem(department.name));
        m_table->setItem(
            row, 2, new QTableWidgetItem(department.isCreditOffice ? tr("credit office") : tr("reporting department")));
    }
}

void DepartmentsPage::addDepartment()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add department"));
    auto* codeEdit = new QLineEdit(&dialog);
    auto* nameEdit = new QLineEdit(&dialog);
    codeEdit->setPlaceholderText(tr("e.g. GAJ"));
    nameEdit->setPlaceholderText(tr("e.g. 庐山市公安局"));
    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), codeEdit);
    form->addRow(tr("Name:"), nameEdit);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    addFormButtons(dialog, layout, [&]() -> Status {
        auto added = Accounts(*m_session.db).addDepartment(m_session.actor, codeEdit->text(), nameEdit->text(), false);
        return added ? Status() : Status(added.error());
    });
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit dataChanged();
    }
}
