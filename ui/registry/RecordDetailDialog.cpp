#include "RecordDetailDialog.h"

#include "cases/CaseStore.h"
#include "cases/CaseType.h"
#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/RecordStore.h"
#include "registry/RecordTerms.h"
#include "registry/SubjectIdentity.h"
#include "security/AuditEvents.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "widgets/MessageBoxes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
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

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

void RecordDetailDialog::fillHistory(QTableWidget* table, const QList<AuditRow>& rows)
{
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Time (UTC)"), tr("User"), tr("Event"), tr("Detail")});
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AuditRow& row = rows.at(r);
        const QStringList cells = {row.at.left(19).replace(u'T', u' '), row.entry.userLogin,
                                   AuditEvents::displayName(row.entry.event), row.entry.detail};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table->setItem(r, c, item);
        }
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
}

namespace {
// The listing cases that cite the record, with their state: how a record shows that it led to a listing.
QString casesText(Session& session, qint64 recordId)
{
    CaseFilter filter;
    filter.recordId = recordId;
    auto cases = CaseStore(*session.db).list(session.actor, filter);
    if (!cases)
        return cases.error().message;
    QStringList lines;
    for (const auto& summary : std::as_const(*cases)) {
        lines << RecordDetailDialog::tr("%1 (%2, %3)")
                     .arg(summary.number, summary.topic, CaseTypes::stateName(summary.type, summary.state));
    }
    return lines.isEmpty() ? RecordDetailDialog::tr("none") : lines.join(u'\n');
}
} // namespace

RecordDetailDialog::RecordDetailDialog(Session& session, qint64 recordId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_historyTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("RecordDetailDialog"));
    setWindowTitle(tr("Credit record %1").arg(recordId));
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    auto* layout = new QVBoxLayout(this);

    RecordStore store(*m_session.db);
    auto found = store.find(recordId);
    if (!found) {
        layout->addWidget(valueLabel(found.error().message, this));
    } else {
        const RecordView& view = *found;
        const CreditRecord& r = view.record;
        auto* fields = new QWidget;
        auto* form = new QFormLayout(fields);
        const auto add = [&](const QString& name, const QString& value) {
            form->addRow(name, valueLabel(value, fields));
        };
        add(tr("Subject:"), view.subject.name);
        add(tr("Kind of subject:"), ReferenceTerms::subjectKindName(view.subject.kind));
        add(tr("%1:").arg(SubjectIdentity::idTypeName(view.subject.idType)),
            Masking::code(view.subject.idType, view.subject.code));
        add(tr("Decision number:"), r.decisionNumber);
        add(tr("Deciding authority:"), r.authority);
        add(tr("Decision date:"), dateText(r.decisionDate));
        add(tr("Facts:"), r.facts);
        add(tr("Basis:"), r.basis);
        add(tr("Content:"), r.content);
        add(tr("Violation type:"), r.violationType);
        add(tr("Kind of penalty:"), r.penaltyKind);
        add(tr("Fine (10,000 yuan):"), r.amountFen ? RecordTerms::formatWan(*r.amountFen) : QString());
        add(tr("Tier:"), RecordTerms::tierName(r.tier));
        add(tr("Status:"), RecordTerms::statusName(r.status));
        add(tr("Repair possible from:"), dateText(r.repairableFrom));
        add(tr("Publication ends:"), dateText(r.publishUntil));
        add(tr("Rule profile:"), view.profileName);
        add(tr("Catalog item:"), tr("%1 %2 (version %3)").arg(view.itemKey, view.itemName).arg(view.itemVersion));
        add(tr("Source department:"), view.department);
        if (Permissions::allowed(m_session.actor, Permission::ViewCases))
            add(tr("Cases resting on it:"), casesText(m_session, r.id));
        add(tr("Note:"), r.note);
        add(tr("Entered:"), tr("%1 by %2").arg(r.createdAt.left(19).replace(u'T', u' '), r.createdBy));
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(fields);
        scroll->setWidgetResizable(true);
        layout->addWidget(scroll, 3);
    }

    auto* historyBox = new QGroupBox(tr("History"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyTable);
    layout->addWidget(historyBox, 2);
    auto history = store.history(recordId);
    // A record that came with a department's file has no row of its own until it changes: the import's
    // rows (file, SHA-256, who) are where its history starts.
    if (history && found && found->record.importId > 0) {
        auto imported
            = AuditLog::forObject(*m_session.db, QStringLiteral("import"), QString::number(found->record.importId));
        if (imported)
            *history = *imported + *history;
    }
    if (history)
        fillHistory(m_historyTable, *history);
    else
        historyLayout->addWidget(valueLabel(history.error().message, historyBox));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 720);
}
