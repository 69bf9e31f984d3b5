#include "CaseDetailDialog.h"

#include "CaseActionDialog.h"
#include "CaseExtendDialog.h"
#include "CaseReassignDialog.h"
#include "CaseScreens.h"
#include "CaseTerms.h"
#include "Clock.h"
#include "DisplayTime.h"
#include "Navigator.h"
#include "calendar/CalendarStore.h"
#include "cases/CaseAttachments.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseEngine.h"
#include "cases/CaseStore.h"
#include "cases/CaseType.h"
#include "cases/listing/ListingDocuments.h"
#include "documents/DocumentKind.h"
#include "reference/MeasureStore.h"
#include "registry/RecordStore.h"
#include "security/Accounts.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "widgets/DocumentPrinting.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableHelpers.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString eventName(const CaseType* type, const QString& event)
{
    if (type) {
        if (const Transition* transition = type->transition(event))
            return CaseTypes::transitionName(*transition);
    }
    if (event == QLatin1String("created"))
        return CaseDetailDialog::tr("Draft opened");
    if (event == QLatin1String("draft_saved"))
        return CaseDetailDialog::tr("Draft saved");
    if (event == QLatin1String("attached"))
        return CaseDetailDialog::tr("Evidence attached");
    if (event == QLatin1String("extended"))
        return CaseDetailDialog::tr("Deadline extended");
    if (event == QLatin1String("reassigned"))
        return CaseDetailDialog::tr("Handed to another officer");
    return event;
}

// What check() needs to judge a step before the officer has written anything: inputs its declarations
// always accept, so the button shows the case's own obstacles.
TransitionInput probeInput(const Transition& transition)
{
    return CaseTypes::sampleInput(transition, Clock::currentDate());
}
} // namespace

CaseDetailDialog::CaseDetailDialog(Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseId(caseId)
    , m_titleLabel(new QLabel(this))
    , m_headerForm(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_timelineTable(
          makeReadOnlyTable(QStringLiteral("timelineTable"),
                            {tr("When"), tr("Who"), tr("Step"), tr("From"), tr("To"), tr("Note"), tr("Details")}, this))
    , m_deadlinesTable(makeReadOnlyTable(
          QStringLiteral("deadlinesTable"),
          {tr("Deadline"), tr("Started"), tr("Length"), tr("Due"), tr("Days left"), tr("Status"), tr("Extension")},
          this))
    , m_documentsTable(
          makeReadOnlyTable(QStringLiteral("documentsTable"),
                            {tr("Number"), tr("Kind"), tr("Title"), tr("Issued by"), tr("Issued"), tr("Status")}, this))
    , m_evidenceTable(makeReadOnlyTable(QStringLiteral("evidenceTable"),
                                        {tr("File"), tr("Size"), tr("SHA-256"), tr("Added by"), tr("Added")}, this))
    , m_partsTable(makeReadOnlyTable(QStringLiteral("partsTable"), {tr("Kind"), tr("Item"), tr("Details")}, this))
    , m_actionsLayout(new QHBoxLayout)
    , m_blockedLabel(new QLabel(this))
    , m_editDraftButton(new QPushButton(tr("Edit draft…"), this))
    , m_attachButton(new QPushButton(tr("Attach evidence…"), this))
    , m_extendButton(new QPushButton(tr("Extend…"), this))
    , m_reassignButton(new QPushButton(tr("Hand over…"), this))
{
    setObjectName(QStringLiteral("CaseDetailDialog"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_blockedLabel->setObjectName(QStringLiteral("blockedLabel"));
    m_editDraftButton->setObjectName(QStringLiteral("editDraftButton"));
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_extendButton->setObjectName(QStringLiteral("extendButton"));
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    // Enter closes the view; it never starts a step by accident.
    for (auto* button : {m_editDraftButton, m_attachButton, m_extendButton, m_reassignButton})
        button->setAutoDefault(false);
    m_reassignButton->setToolTip(tr("Hand the case to another officer"));
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setStyleSheet(QStringLiteral("color: #6b4e00;"));

    auto* headerBox = new QGroupBox(tr("Case"), this);
    headerBox->setLayout(m_headerForm);

    auto* deadlinesPage = new QWidget(this);
    auto* deadlinesLayout = new QVBoxLayout(deadlinesPage);
    deadlinesLayout->addWidget(m_deadlinesTable);
    auto* deadlineButtons = new QHBoxLayout;
    deadlineButtons->addStretch();
    deadlineButtons->addWidget(m_extendButton);
    deadlinesLayout->addLayout(deadlineButtons);
    m_extendButton->setVisible(Permissions::allowed(m_session.actor, Permission::ApproveCases));

    auto* documentsPage = new QWidget(this);
    auto* documentsLayout = new QVBoxLayout(documentsPage);
    documentsLayout->addWidget(m_documentsTable);
    auto* documentButtons = new QHBoxLayout;
    auto* previewButton = new QPushButton(tr("Preview and print…"), documentsPage);
    auto* savePdfButton = new QPushButton(tr("Save PDF…"), documentsPage);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    savePdfButton->setObjectName(QStringLiteral("savePdfButton"));
    documentButtons->addStretch();
    documentButtons->addWidget(previewButton);
    documentButtons->addWidget(savePdfButton);
    documentsLayout->addLayout(documentButtons);
    connect(previewButton, &QPushButton::clicked, this, &CaseDetailDialog::previewDocument);
    connect(savePdfButton, &QPushButton::clicked, this, &CaseDetailDialog::saveDocument);
    connect(m_documentsTable, &QTableWidget::itemActivated, this, &CaseDetailDialog::previewDocument);

    auto* evidencePage = new QWidget(this);
    auto* evidenceLayout = new QVBoxLayout(evidencePage);
    evidenceLayout->addWidget(m_evidenceTable);
    auto* evidenceButtons = new QHBoxLayout;
    auto* saveEvidenceButton = new QPushButton(tr("Save a copy…"), evidencePage);
    saveEvidenceButton->setObjectName(QStringLiteral("saveEvidenceButton"));
    evidenceButtons->addStretch();
    evidenceButtons->addWidget(m_attachButton);
    evidenceButtons->addWidget(saveEvidenceButton);
    evidenceLayout->addLayout(evidenceButtons);
    connect(saveEvidenceButton, &QPushButton::clicked, this, &CaseDetailDialog::saveEvidence);
    connect(m_attachButton, &QPushButton::clicked, this, &CaseDetailDialog::attachEvidence);

    m_tabs->addTab(m_timelineTable, tr("Timeline"));
    m_tabs->addTab(deadlinesPage, tr("Deadlines"));
    m_tabs->addTab(documentsPage, tr("Documents"));
    m_tabs->addTab(evidencePage, tr("Evidence"));
    m_tabs->addTab(m_partsTable, tr("Records and measures"));

    connect(m_editDraftButton, &QPushButton::clicked, this, &CaseDetailDialog::editDraft);
    connect(m_extendButton, &QPushButton::clicked, this, &CaseDetailDialog::extendDeadline);
    connect(m_reassignButton, &QPushButton::clicked, this, &CaseDetailDialog::reassign);
    auto* closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_editDraftButton);
    bottom->addWidget(m_reassignButton);
    bottom->addLayout(m_actionsLayout);
    bottom->addStretch();
    bottom->addWidget(closeBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(headerBox);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_blockedLabel);
    layout->addLayout(bottom);
    resize(1100, 760);
    reload();
}

QPushButton* CaseDetailDialog::actionButton(const QString& transitionId) const
{
    for (auto* button : m_actionButtons) {
        if (button->property("transition").toString() == transitionId)
            return button;
    }
    return nullptr;
}

void CaseDetailDialog::reload()
{
    auto loaded = CaseStore(*m_session.db).load(m_session.actor, m_caseId);
    if (!loaded) {
        m_titleLabel->setText(loaded.error().message);
        return;
    }
    m_file = *loaded;
    const CaseType* type = CaseTypes::find(m_file.header.type);
    const QString typeName = type ? CaseTypes::displayName(*type) : m_file.header.type;
    const QString state = CaseTypes::stateName(m_file.header.type, m_file.header.state);
    setWindowTitle(tr("Case %1").arg(m_file.header.number));
    m_titleLabel->setText(tr("%1 — %2 — %3").arg(m_file.header.number, typeName, state));
    fillHeader();
    fillTimeline();
    fillDeadlines();
    fillDocuments();
    fillEvidence();
    fillParts();
    fillActions();
}

void CaseDetailDialog::fillHeader()
{
    while (m_headerForm->rowCount() > 0)
        m_headerForm->removeRow(0);
    const auto add = [this](const QString& name, const QString& value, const char* objectName) {
        auto* label = new QLabel(value, this);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_headerForm->addRow(name, label);
    };
    const Case& header = m_file.header;
    auto* subjectRow = new QWidget(this);
    auto* subjectLayout = new QHBoxLayout(subjectRow);
    subjectLayout->setContentsMargins(0, 0, 0, 0);
    auto* subjectLabel = new QLabel(QStringLiteral("%1  %2").arg(m_file.subjectName, m_file.subjectCode), subjectRow);
    subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    subjectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subjectLayout->addWidget(subjectLabel);
    if (m_session.navigator && Permissions::allowed(m_session.actor, Permission::ViewRegistry)) {
        auto* open = new QPushButton(tr("Open subject…"), subjectRow);
        open->setObjectName(QStringLiteral("openSubjectButton"));
        connect(open, &QPushButton::clicked, this,
                [this] { m_session.navigator->openSubject(m_file.header.subjectId, this); });
        subjectLayout->addWidget(open);
    }
    subjectLayout->addStretch();
    m_headerForm->addRow(tr("Subject:"), subjectRow);
    QString assignee = header.assignee;
    if (auto user = Accounts(*m_session.db).findUser(header.assignee))
        assignee = QStringLiteral("%1 (%2)").arg(user->name, header.assignee);
    add(tr("Officer in charge:"), assignee, "assigneeLabel");
    // The type's own lines; each label is named after its key ("lenient_decision" → lenientDecisionLabel).
    for (const CaseDetail& detail : std::as_const(m_file.details.header)) {
        QString name;
        for (const QString& word : detail.key.split(u'_'))
            name += name.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
        add(tr("%1:").arg(detail.label), detail.value, (name + QStringLiteral("Label")).toLatin1().constData());
    }
    if (header.decidedOn.isValid())
        add(tr("Decided on:"), header.decidedOn.toString(Qt::ISODate), "decidedLabel");
}

void CaseDetailDialog::fillTimeline()
{
    const CaseType* type = CaseTypes::find(m_file.header.type);
    const auto stateName = [this](const QString& id) {
        return CaseTypes::stateName(m_file.header.type, id);
    };
    m_timelineTable->setRowCount(int(m_file.timeline.size()));
    for (int row = 0; row < m_file.timeline.size(); ++row) {
        const TimelineEvent& event = m_file.timeline.at(row);
        const QString who = event.userName.isEmpty() ? event.userLogin
                                                     : QStringLiteral("%1 (%2)").arg(event.userName, event.userLogin);
        // The detail of opening and saving a draft is for the audit trail (ids, codes), not the officer.
        const bool draftEvent = event.event == QLatin1String("created") || event.event == QLatin1String("draft_saved");
        setTableRow(m_timelineTable, row,
                    {displayTime(event.at), who, eventName(type, event.event), stateName(event.fromState),
                     stateName(event.toState), event.note, draftEvent ? QString() : event.detail},
                    event.id);
    }
    m_timelineTable->resizeColumnsToContents();
    m_timelineTable->resizeRowsToContents();
    m_timelineTable->scrollToBottom();
}

void CaseDetailDialog::fillDeadlines()
{
    const QDate today = Clock::currentDate();
    auto calendar = CalendarStore(*m_session.db).load();
    m_deadlinesTable->setRowCount(int(m_file.deadlines.size()));
    for (int row = 0; row < m_file.deadlines.size(); ++row) {
        const CaseDeadline& deadline = m_file.deadlines.at(row);
        QString left;
        if (deadline.running() && calendar)
            left = CaseTerms::daysLeftText(deadline, CaseDeadlines::daysLeft(*calendar, deadline, today));
        QString due = deadline.due.toString(Qt::ISODate);
        if (deadline.provisional)
            due = tr("%1 (provisional: that year's calendar is not loaded)").arg(due);
        QString extension;
        if (!deadline.extendedBy.isEmpty())
            extension = tr("%1, by %2").arg(deadline.extensionReason, deadline.extendedBy);
        setTableRow(m_deadlinesTable, row,
                    {CaseTypes::deadlineName(deadline.kind), deadline.start.toString(Qt::ISODate),
                     CaseDeadlines::describe(deadline.amount, deadline.counting), due, left,
                     CaseTerms::deadlineStatusName(deadline.status(today)), extension},
                    deadline.id);
        if (deadline.status(today) == DeadlineStatus::Overdue && !CaseTypes::isPartysPeriod(deadline.kind))
            m_deadlinesTable->item(row, 4)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_deadlinesTable->resizeColumnsToContents();
}

void CaseDetailDialog::fillDocuments()
{
    m_documentsTable->setRowCount(int(m_file.documents.size()));
    for (int row = 0; row < m_file.documents.size(); ++row) {
        const IssuedDocument& document = m_file.documents.at(row);
        const QString status = document.voided ? tr("voided: %1").arg(document.voidReason) : tr("issued");
        setTableRow(m_documentsTable, row,
                    {document.number, DocumentKinds::displayName(document.kind), document.title, document.issuedBy,
                     displayTime(document.issuedAt), status},
                    document.id);
    }
    m_documentsTable->resizeColumnsToContents();
    if (m_documentsTable->rowCount() > 0)
        m_documentsTable->setCurrentCell(m_documentsTable->rowCount() - 1, 0); // the newest, what one prints next
}

void CaseDetailDialog::fillEvidence()
{
    m_evidenceTable->setRowCount(int(m_file.attachments.size()));
    for (int row = 0; row < m_file.attachments.size(); ++row) {
        const Attachment& attachment = m_file.attachments.at(row);
        setTableRow(m_evidenceTable, row,
                    {attachment.name, QLocale().formattedDataSize(attachment.size), attachment.sha256,
                     attachment.uploadedBy, displayTime(attachment.uploadedAt)},
                    attachment.id);
    }
    m_evidenceTable->resizeColumnsToContents();
}

void CaseDetailDialog::fillParts()
{
    QList<QStringList> rows;
    RecordStore records(*m_session.db);
    for (const qint64 id : std::as_const(m_file.recordIds)) {
        if (auto view = records.find(id))
            rows << QStringList{
                tr("Credit record"), view->record.decisionNumber,
                tr("%1, %2, %3")
                    .arg(view->record.authority, view->record.decisionDate.toString(Qt::ISODate), view->itemName)};
    }
    for (const CasePart& part : std::as_const(m_file.details.parts))
        rows << QStringList{part.kind, part.key, part.description};
    m_partsTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        setTableRow(m_partsTable, row, rows.at(row));
    m_partsTable->resizeColumnsToContents();
}

void CaseDetailDialog::fillActions()
{
    // A step's button may be the one whose click led here: it goes once the click is over.
    for (auto* button : std::as_const(m_actionButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_actionButtons.clear();
    CaseEngine engine(*m_session.db);
    QStringList blocked;
    for (const Transition* transition : engine.available(m_session.actor, m_file.header)) {
        auto* button = new QPushButton(CaseTypes::transitionName(*transition), this);
        button->setObjectName(transition->id + QStringLiteral("Button"));
        button->setProperty("transition", transition->id);
        button->setAutoDefault(false);
        if (auto allowed = engine.check(m_session.actor, m_file.header, transition->id, probeInput(*transition));
            !allowed) {
            button->setEnabled(false);
            button->setToolTip(allowed.error().message);
            blocked << tr("%1: %2").arg(CaseTypes::transitionName(*transition), allowed.error().message);
        }
        const QString id = transition->id;
        connect(button, &QPushButton::clicked, this, [this, id] { fire(id); });
        m_actionsLayout->addWidget(button);
        m_actionButtons << button;
    }
    m_blockedLabel->setText(blocked.join(u'\n'));
    m_blockedLabel->setVisible(!blocked.isEmpty());
    const bool handles = Permissions::allowed(m_session.actor, Permission::HandleCases);
    const CaseScreens* screens = CaseScreenModules::find(m_file.header.type);
    m_editDraftButton->setVisible(handles && m_file.header.state == QLatin1String("draft") && screens
                                  && screens->editDraft);
    const CaseType* type = CaseTypes::find(m_file.header.type);
    const CaseState* state = type ? type->state(m_file.header.state) : nullptr;
    m_attachButton->setVisible(handles && state && !state->final);
    m_reassignButton->setVisible(Permissions::allowed(m_session.actor, Permission::ApproveCases) && state
                                 && !state->final);
}

void CaseDetailDialog::fire(const QString& transitionId)
{
    const CaseType* type = CaseTypes::find(m_file.header.type);
    const Transition* transition = type ? type->transition(transitionId) : nullptr;
    if (!transition)
        return;
    // A guard may want a note the step itself does not (the approver's decision on lenient handling): the
    // dialog then asks for it with the guard's words.
    CaseEngine engine(*m_session.db);
    TransitionInput withoutNote = probeInput(*transition);
    withoutNote.note.clear();
    QString noteDemand;
    if (auto allowed = engine.check(m_session.actor, m_file.header, transitionId, withoutNote);
        !allowed && !transition->noteRequired())
        noteDemand = allowed.error().message;
    CaseActionDialog dialog(m_file, *transition, noteDemand, this);
    connect(&dialog, &CaseActionDialog::previewRequested, &dialog, [&] {
        auto drafts = engine.preview(m_session.actor, m_caseId, m_file.header.version, transitionId, dialog.input());
        if (!drafts)
            MessageBoxes::warning(&dialog, CaseTypes::transitionName(*transition), drafts.error().message);
        else
            DocumentPrinting::previewDrafts(m_session, *drafts, &dialog);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto fired = engine.fire(m_session.actor, m_caseId, m_file.header.version, transitionId, dialog.input());
    if (!fired) {
        MessageBoxes::warning(this, CaseTypes::transitionName(*transition), fired.error().message);
        if (fired.error().kind == Error::Kind::Conflict)
            reload();
        return;
    }
    reload();
    emit caseChanged();
}

void CaseDetailDialog::editDraft()
{
    const CaseScreens* screens = CaseScreenModules::find(m_file.header.type);
    if (!screens || !screens->editDraft || !screens->editDraft(m_session, this, m_caseId, m_file.header.version))
        return;
    reload();
    emit caseChanged();
}

void CaseDetailDialog::attachEvidence()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > CaseAttachments::kMaxBytes) {
        MessageBoxes::warning(
            this, tr("Attach evidence"),
            tr("%1 is larger than %2: scan it at a lower resolution or split it.")
                .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(CaseAttachments::kMaxBytes)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxes::warning(this, tr("Attach evidence"),
                              tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    auto attached
        = CaseAttachments(*m_session.db).attach(m_session.actor, m_caseId, QFileInfo(path).fileName(), file.readAll());
    if (!attached) {
        MessageBoxes::warning(this, tr("Attach evidence"), attached.error().message);
        return;
    }
    reload();
    emit caseChanged();
}

void CaseDetailDialog::saveEvidence()
{
    const qint64 id = currentRowId(m_evidenceTable);
    if (id <= 0)
        return;
    CaseAttachments attachments(*m_session.db);
    auto attachment = attachments.find(id);
    auto content = attachments.content(id);
    if (!attachment || !content) {
        MessageBoxes::warning(this, tr("Save a copy"), (attachment ? content.error() : attachment.error()).message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), attachment->name);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
        MessageBoxes::warning(
            this, tr("Save a copy"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void CaseDetailDialog::extendDeadline()
{
    const qint64 id = currentRowId(m_deadlinesTable);
    const auto found = std::find_if(m_file.deadlines.cbegin(), m_file.deadlines.cend(),
                                    [id](const CaseDeadline& deadline) { return deadline.id == id; });
    if (found == m_file.deadlines.cend() || !found->running()) {
        MessageBoxes::information(this, tr("Extend the deadline"), tr("Select a running deadline first."));
        return;
    }
    CaseExtendDialog dialog(*found, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto extended = CaseDeadlines(*m_session.db).extend(m_session.actor, id, dialog.newDue(), dialog.reason());
    if (!extended) {
        MessageBoxes::warning(this, tr("Extend the deadline"), extended.error().message);
        return;
    }
    reload();
    emit caseChanged();
}

void CaseDetailDialog::reassign()
{
    auto users = Accounts(*m_session.db).users();
    if (!users) {
        MessageBoxes::warning(this, tr("Hand over the case"), users.error().message);
        return;
    }
    CaseReassignDialog dialog(*users, m_file.header.assignee, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto reassigned
        = CaseStore(*m_session.db)
              .reassign(m_session.actor, m_caseId, m_file.header.version, dialog.assignee(), dialog.reason());
    if (!reassigned)
        MessageBoxes::warning(this, tr("Hand over the case"), reassigned.error().message);
    reload();
    if (reassigned)
        emit caseChanged();
}

void CaseDetailDialog::previewDocument()
{
    if (const qint64 id = currentRowId(m_documentsTable); id > 0)
        DocumentPrinting::preview(m_session, id, this);
}

void CaseDetailDialog::saveDocument()
{
    if (const qint64 id = currentRowId(m_documentsTable); id > 0)
        DocumentPrinting::savePdf(m_session, id, this);
}
