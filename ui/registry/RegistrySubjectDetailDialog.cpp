#include "RegistrySubjectDetailDialog.h"

#include "Clock.h"
#include "Navigator.h"
#include "RecordDetailDialog.h"
#include "RegistrySubjectsTab.h"
#include "cases/CaseType.h"
#include "cases/listing/ListingCase.h"
#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/RecordStore.h"
#include "registry/RecordTerms.h"
#include "registry/SubjectIdentity.h"
#include "registry/SubjectStore.h"
#include "security/Accounts.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "widgets/TableHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString departmentName(Database& db, qint64 id)
{
    if (auto departments = Accounts(db).departments()) {
        for (const auto& department : std::as_const(*departments)) {
            if (department.id == id)
                return department.name;
        }
    }
    return {};
}
} // namespace

RegistrySubjectDetailDialog::RegistrySubjectDetailDialog(Session& session, qint64 subjectId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_recordsTable(makeReadOnlyTable(QStringLiteral("recordsTable"),
                                       {tr("Decision number"), tr("Deciding authority"), tr("Tier"),
                                        tr("Decision date"), tr("Publication ends"), tr("Status"), tr("Catalog item")},
                                       this))
    , m_historyTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("RegistrySubjectDetailDialog"));
    setWindowTitle(tr("Credit subject %1").arg(subjectId));
    m_historyTable->setObjectName(QStringLiteral("historyTable"));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_recordsTable, tr("Credit records"));
    if (Permissions::allowed(m_session.actor, Permission::ViewCases))
        tabs->addTab(listingsTable(subjectId), tr("Listings"));
    tabs->addTab(m_historyTable, tr("History"));
    fillRecords(subjectId);
    if (auto history = AuditLog::forObject(*m_session.db, QStringLiteral("subject"), QString::number(subjectId)))
        RecordDetailDialog::fillHistory(m_historyTable, *history);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_session.navigator && Permissions::allowed(m_session.actor, Permission::HandleCases)) {
        // Where an officer reading the records decides to act: the draft starts with this subject.
        auto* draftButton = buttons->addButton(tr("New listing draft…"), QDialogButtonBox::ActionRole);
        draftButton->setObjectName(QStringLiteral("newDraftButton"));
        connect(draftButton, &QPushButton::clicked, this,
                [this, subjectId] { m_session.navigator->startCase(QStringLiteral("listing"), subjectId, this); });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(subjectForm(subjectId));
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(900, 680);
}

QWidget* RegistrySubjectDetailDialog::subjectForm(qint64 subjectId)
{
    auto* box = new QGroupBox(tr("Registration"), this);
    auto* form = new QFormLayout(box);
    auto subject = SubjectStore(*m_session.db).find(subjectId);
    if (!subject) {
        form->addRow(valueLabel(subject.error().message, box));
        return box;
    }
    const auto add = [&](const QString& name, const QString& value) {
        form->addRow(name, valueLabel(value, box));
    };
    add(tr("Name:"), subject->name);
    add(tr("Kind of subject:"), ReferenceTerms::subjectKindName(subject->kind));
    add(tr("%1:").arg(SubjectIdentity::idTypeName(subject->idType)), Masking::code(subject->idType, subject->code));
    if (!subject->isNaturalPerson())
        add(tr("Legal representative:"), subject->legalRepresentative);
    add(tr("Address:"), subject->address);
    add(tr("Registering authority:"), subject->registeringAuthority);
    add(tr("Registered by:"), departmentName(*m_session.db, subject->departmentId));
    QString status = RegistrySubjectsTab::statusName(subject->status);
    if (subject->mergedInto > 0)
        status = tr("%1 into subject no. %2").arg(status).arg(subject->mergedInto);
    add(tr("Status:"), status);
    add(tr("Registered on:"), subject->createdAt.left(10));
    return box;
}

QWidget* RegistrySubjectDetailDialog::listingsTable(qint64 subjectId)
{
    auto* listings = makeReadOnlyTable(
        QStringLiteral("listingsTable"),
        {tr("Case"), tr("List"), tr("Listed from"), tr("Until"), tr("Removed on"), tr("Ground"), tr("Today")}, this);
    auto found = ListingCases(*m_session.db).listingsOf(m_session.actor, subjectId);
    if (!found)
        return valueLabel(found.error().message, this);
    const QDate today = Clock::currentDate();
    listings->setRowCount(int(found->size()));
    for (int row = 0; row < found->size(); ++row) {
        const Listing& listing = found->at(row);
        const QStringList cells
            = {listing.caseNumber,
               listing.domainName,
               listing.listedFrom.toString(Qt::ISODate),
               listing.listedUntil.toString(Qt::ISODate),
               listing.removedOn.toString(Qt::ISODate),
               listing.removalGround.isEmpty()
                   ? QString()
                   : CaseTypes::choiceLabel(QStringLiteral("listing"), QStringLiteral("ground"), listing.removalGround),
               listing.inForceOn(today) ? tr("on the list") : tr("not on the list")};
        setTableRow(listings, row, cells, listing.caseId);
    }
    listings->resizeColumnsToContents();
    connect(listings, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (m_session.navigator)
            m_session.navigator->openCase(item->data(Qt::UserRole).toLongLong(), this);
    });
    return listings;
}

void RegistrySubjectDetailDialog::fillRecords(qint64 subjectId)
{
    RecordFilter filter;
    filter.subjectId = subjectId;
    auto records = RecordStore(*m_session.db).list(filter, kRecordsShown);
    if (!records)
        return;
    m_recordsTable->setRowCount(int(records->size()));
    for (int r = 0; r < records->size(); ++r) {
        const RecordView& view = records->at(r);
        const CreditRecord& record = view.record;
        const QStringList cells = {record.decisionNumber,
                                   record.authority,
                                   RecordTerms::tierName(record.tier),
                                   record.decisionDate.toString(Qt::ISODate),
                                   record.publishUntil.toString(Qt::ISODate),
                                   RecordTerms::statusName(record.status),
                                   view.itemName};
        setTableRow(m_recordsTable, r, cells, record.id);
    }
    m_recordsTable->resizeColumnsToContents();
    connect(m_recordsTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        RecordDetailDialog dialog(m_session, item->data(Qt::UserRole).toLongLong(), this);
        dialog.exec();
    });
}
