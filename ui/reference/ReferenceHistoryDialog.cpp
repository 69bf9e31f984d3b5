#include "ReferenceHistoryDialog.h"

#include "Clock.h"
#include "ReferenceTableModel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ReferenceHistoryDialog::ReferenceHistoryDialog(const QString& title, const QStringList& headers,
                                               const QList<QStringList>& rows, std::function<QString(QDate)> versionOn,
                                               QWidget* parent)
    : QDialog(parent)
    , m_model(new ReferenceTableModel(headers, this))
    , m_table(new QTableView(this))
    , m_dateEdit(new QDateEdit(Clock::currentDate(), this))
    , m_versionOnLabel(new QLabel(this))
    , m_versionOn(std::move(versionOn))
{
    setObjectName(QStringLiteral("ReferenceHistoryDialog"));
    setWindowTitle(title);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_dateEdit->setObjectName(QStringLiteral("versionDateEdit"));
    m_versionOnLabel->setObjectName(QStringLiteral("versionOnLabel"));
    m_versionOnLabel->setWordWrap(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_model->setRows(rows);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto* form = new QFormLayout;
    form->addRow(tr("Version in force on:"), m_dateEdit);
    form->addRow(QString(), m_versionOnLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferenceHistoryDialog::reject);
    connect(m_dateEdit, &QDateEdit::dateChanged, this,
            [this](QDate date) { m_versionOnLabel->setText(m_versionOn(date)); });
    m_versionOnLabel->setText(m_versionOn(m_dateEdit->date()));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(820, 360);
}
