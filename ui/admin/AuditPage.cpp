#include "AuditPage.h"

#include "AuditModel.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

AuditPage::AuditPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_model(new AuditModel(this))
    , m_table(new QTableView(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_limitSpinBox(new QSpinBox(this))
    , m_verifyButton(new QPushButton(tr("Verify chain"), this))
    , m_verifyResultLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("AuditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_limitSpinBox->setObjectName(QStringLiteral("limitSpinBox"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyResultLabel->setObjectName(QStringLiteral("verifyResultLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditModel::TimeColumn, 150);
    m_filterLineEdit->setPlaceholderText(tr("Filter: user, event, object or detail"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_limitSpinBox->setRange(100, 100000);
    m_limitSpinBox->setSingleStep(100);
    m_limitSpinBox->setValue(500);
    m_limitSpinBox->setPrefix(tr("newest "));
    m_limitSpinBox->setSuffix(tr(" rows"));
    m_verifyResultLabel->setWordWrap(true);
    m_verifyResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);

    // Typing a filter or a limit digit by digit starts one query after a pause, not one per key.
    connect(m_filterLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_limitSpinBox, &QSpinBox::valueChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::startVerify);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterLineEdit, 1);
    top->addWidget(m_limitSpinBox);
    top->addWidget(m_countLabel);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_verifyButton);
    bottom->addWidget(m_verifyResultLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(bottom);
}

void AuditPage::refresh()
{
    m_filterTimer->stop();
    const quint64 token = ++m_loadToken;
    const int limit = m_limitSpinBox->value();
    const QString filter = m_filterLineEdit->text();
    m_loading = true;
    m_countLabel->setText(tr("Loading…"));
    BackgroundJob::read<QList<AuditRow>>(
        m_session.db->url(), *m_session.db, this,
        [limit, filter](Database& db) { return AuditLog::recent(db, limit, filter); },
        [this, token](const Result<QList<AuditRow>>& rows) {
            if (token != m_loadToken)
                return;
            m_loading = false;
            if (!rows) {
                m_countLabel->clear();
                MessageBoxes::warning(this, tr("Audit trail"), rows.error().message);
                return;
            }
            m_model->setRows(*rows);
            m_countLabel->setText(tr("%n row(s)", "", int(rows->size())));
        });
}

void AuditPage::startVerify()
{
    m_verifyButton->setEnabled(false);
    setVerifyText(tr("Verifying…"), nullptr);
    BackgroundJob::read<AuditVerification>(
        m_session.db->url(), *m_session.db, this, [](Database& db) { return AuditLog::verify(db); },
        [this](const Result<AuditVerification>& verification) {
            m_verifyButton->setEnabled(true);
            if (verification)
                showVerification(*verification);
            else
                showVerifyError(verification.error());
        });
}

void AuditPage::showVerification(const AuditVerification& verification)
{
    if (verification.intact)
        setVerifyText(tr("Audit trail intact: %1 rows verified.").arg(verification.rowsChecked), "#1b5e20");
    else
        setVerifyText(tr("Audit trail broken at row %1: %2").arg(verification.firstBadSeq).arg(verification.problem),
                      "#b3261e");
}

void AuditPage::showVerifyError(const Error& error)
{
    setVerifyText(tr("The audit trail could not be verified: %1").arg(error.message), "#b3261e");
}

void AuditPage::setVerifyText(const QString& text, const char* color)
{
    m_verifyResultLabel->setText(text);
    m_verifyResultLabel->setStyleSheet(color ? QStringLiteral("color: %1;").arg(QLatin1String(color)) : QString());
}
