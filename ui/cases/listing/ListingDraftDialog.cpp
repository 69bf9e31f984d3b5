#include "ListingDraftDialog.h"

#include "Clock.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/RecordStore.h"
#include "registry/SubjectStore.h"
#include "storage/Database.h"
#include "widgets/FormHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSubjectsShown = 30;
constexpr int kRecordsShown = 500;

QString subjectLine(const Subject& subject)
{
    return QStringLiteral("%1  %2  (%3)")
        .arg(subject.name, Masking::code(subject.idType, subject.code), ReferenceTerms::subjectKindName(subject.kind));
}

QListWidget* checkList(const char* name, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    return list;
}

template <typename T> QList<T> checkedData(const QListWidget* list)
{
    QList<T> values;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values << list->item(row)->data(Qt::UserRole).value<T>();
    }
    return values;
}
} // namespace

ListingDraftDialog::ListingDraftDialog(Session& session, QWidget* parent, qint64 caseId, int version, qint64 subjectId)
    : QDialog(parent)
    , m_session(session)
    , m_caseId(caseId)
    , m_version(version)
    , m_searchEdit(new QLineEdit(this))
    , m_resultsList(new QListWidget(this))
    , m_subjectLabel(new QLabel(this))
    , m_domainCombo(new QComboBox(this))
    , m_factsEdit(new QPlainTextEdit(this))
    , m_recordsList(checkList("recordsList", this))
    , m_measuresList(checkList("measuresList", this))
    , m_minorCheck(new QCheckBox(tr("The party is a minor"), this))
    , m_forceMajeureCheck(new QCheckBox(tr("Force majeure (natural disaster, epidemic)"), this))
    , m_minorConductCheck(new QCheckBox(tr("Not intentional, or minor circumstances"), this))
    , m_lenientReasonEdit(new QPlainTextEdit(this))
    , m_problemLabel(makeErrorLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ListingDraftDialog"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_resultsList->setObjectName(QStringLiteral("resultsList"));
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_domainCombo->setObjectName(QStringLiteral("domainCombo"));
    m_factsEdit->setObjectName(QStringLiteral("factsEdit"));
    m_minorCheck->setObjectName(QStringLiteral("minorCheck"));
    m_forceMajeureCheck->setObjectName(QStringLiteral("forceMajeureCheck"));
    m_minorConductCheck->setObjectName(QStringLiteral("minorConductCheck"));
    m_lenientReasonEdit->setObjectName(QStringLiteral("lenientReasonEdit"));
    m_factsEdit->setTabChangesFocus(true);
    m_factsEdit->setPlaceholderText(tr("What the party did, when and where, as the records and evidence show it."));
    m_lenientReasonEdit->setTabChangesFocus(true);
    m_lenientReasonEdit->setMaximumHeight(70);
    m_lenientReasonEdit->setPlaceholderText(tr("Required with any of the above: why lenient handling is asked for."));

    auto* form = new QFormLayout;
    form->addRow(tr("List:"), m_domainCombo);
    form->addRow(tr("Facts:"), m_factsEdit);

    auto* lenientBox = new QGroupBox(tr("Lenient and careful handling (the approver decides)"), this);
    auto* lenientLayout = new QVBoxLayout(lenientBox);
    for (auto* check : {m_minorCheck, m_forceMajeureCheck, m_minorConductCheck}) {
        lenientLayout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &ListingDraftDialog::updateLenient);
    }
    lenientLayout->addWidget(m_lenientReasonEdit);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(subjectBox());
    leftLayout->addLayout(form);
    leftLayout->addWidget(lenientBox);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(measuresBox());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    // Enter in the search box searches; saving an official draft is a click.
    m_saveButton->setAutoDefault(false);
    m_saveButton->setDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &ListingDraftDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    resize(1100, 720);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &ListingDraftDialog::searchSubjects);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        searchSubjects();
        if (m_resultsList->count() == 1 && m_resultsList->item(0)->data(Qt::UserRole).toLongLong() > 0)
            chooseSubject(m_resultsList->item(0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_resultsList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { chooseSubject(item->data(Qt::UserRole).toLongLong()); });
    connect(m_domainCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_subject.id > 0)
            m_checkedMeasures = checkedData<QString>(m_measuresList);
        fillMeasures();
    });

    fillDomains();
    if (m_caseId > 0) {
        setWindowTitle(tr("Listing draft"));
        // A case stays on its subject; another subject is another case.
        m_searchEdit->setEnabled(false);
        m_resultsList->setEnabled(false);
        auto stored = ListingDrafts(*m_session.db).read(m_session.actor, m_caseId);
        if (stored)
            load(*stored);
        else
            showProblem(stored.error().message);
    } else {
        setWindowTitle(tr("New listing draft"));
        if (subjectId > 0)
            chooseSubject(subjectId);
    }
    updateLenient();
}

QWidget* ListingDraftDialog::subjectBox()
{
    auto* box = new QGroupBox(tr("Subject"), this);
    m_searchEdit->setPlaceholderText(tr("Type a name or the beginning of a code"));
    m_searchEdit->setClearButtonEnabled(true);
    m_resultsList->setMaximumHeight(120);
    m_subjectLabel->setText(tr("No subject chosen yet."));
    m_subjectLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_resultsList);
    layout->addWidget(m_subjectLabel);
    return box;
}

QWidget* ListingDraftDialog::measuresBox()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* recordsTitle = new QLabel(tr("Credit records the listing rests on:"), box);
    auto* measuresTitle = new QLabel(tr("Proposed measures (those the list allows for this kind of subject):"), box);
    recordsTitle->setWordWrap(true);
    measuresTitle->setWordWrap(true);
    layout->addWidget(recordsTitle);
    layout->addWidget(m_recordsList, 1);
    layout->addWidget(measuresTitle);
    layout->addWidget(m_measuresList, 2);
    return box;
}

void ListingDraftDialog::searchSubjects()
{
    m_resultsList->clear();
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    auto found = SubjectStore(*m_session.db).search(text, kSubjectsShown);
    if (!found) {
        showProblem(found.error().message);
        return;
    }
    for (const auto& subject : std::as_const(*found)) {
        auto* item = new QListWidgetItem(subjectLine(subject), m_resultsList);
        item->setData(Qt::UserRole, subject.id);
    }
    if (found->isEmpty())
        new QListWidgetItem(tr("No subject matches."), m_resultsList);
}

void ListingDraftDialog::chooseSubject(qint64 subjectId)
{
    if (subjectId <= 0)
        return;
    auto subject = SubjectStore(*m_session.db).find(subjectId);
    if (!subject) {
        showProblem(subject.error().message);
        return;
    }
    // The ticks survive a change of subject; before the first subject the list holds only a hint, and
    // the ticks of a stored draft are already in m_checkedMeasures.
    if (m_subject.id > 0)
        m_checkedMeasures = checkedData<QString>(m_measuresList);
    m_subject = *subject;
    m_subjectLabel->setText(tr("Chosen: %1").arg(subjectLine(m_subject)));
    fillRecords();
    fillMeasures();
}

void ListingDraftDialog::fillDomains()
{
    auto domains = ListingDrafts(*m_session.db).domainsInForce(Clock::currentDate());
    if (!domains) {
        showProblem(domains.error().message);
        return;
    }
    for (const auto& domain : std::as_const(*domains))
        m_domainCombo->addItem(domain.name, domain.id);
}

void ListingDraftDialog::fillRecords()
{
    const QList<qint64> checked = checkedData<qint64>(m_recordsList);
    m_recordsList->clear();
    RecordFilter filter;
    filter.subjectId = m_subject.id;
    auto records = RecordStore(*m_session.db).list(filter, kRecordsShown);
    if (!records) {
        showProblem(records.error().message);
        return;
    }
    for (const auto& view : std::as_const(*records)) {
        const CreditRecord& record = view.record;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3\n%4")
                .arg(record.decisionDate.toString(Qt::ISODate), record.decisionNumber, record.authority, view.itemName),
            m_recordsList);
        item->setData(Qt::UserRole, record.id);
        item->setCheckState(checked.contains(record.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (records->isEmpty())
        new QListWidgetItem(tr("The subject has no credit record: a listing rests on recorded facts."), m_recordsList);
}

void ListingDraftDialog::fillMeasures()
{
    m_measuresList->clear();
    if (m_subject.id <= 0) {
        new QListWidgetItem(tr("Choose the subject first."), m_measuresList);
        return;
    }
    ListingDrafts drafts(*m_session.db);
    auto domain = ListDomainStore(*m_session.db).find(m_domainCombo->currentData().toLongLong());
    if (!domain)
        return;
    auto measures = drafts.proposableMeasures(*domain, m_subject, Clock::currentDate());
    if (!measures) {
        showProblem(measures.error().message);
        return;
    }
    LegalBasisStore bases(*m_session.db);
    for (const auto& measure : std::as_const(*measures)) {
        QStringList cited;
        if (auto found = bases.byIds(measure.basisIds)) {
            for (const auto& basis : std::as_const(*found))
                cited << QStringLiteral("《%1》%2").arg(basis.title, basis.articles);
        }
        auto* item = new QListWidgetItem(
            tr("%1 %2\nBasis: %3").arg(measure.measureKey, measure.name, cited.join(QStringLiteral("；"))),
            m_measuresList);
        item->setData(Qt::UserRole, measure.measureKey);
        item->setToolTip(measure.content);
        item->setCheckState(m_checkedMeasures.contains(measure.measureKey) ? Qt::Checked : Qt::Unchecked);
    }
    if (measures->isEmpty())
        new QListWidgetItem(tr("The list allows no measure for this kind of subject."), m_measuresList);
}

void ListingDraftDialog::load(const ListingDraft& draft)
{
    const int domainRow = m_domainCombo->findData(draft.listDomainId);
    if (domainRow < 0) {
        // The draft's list may have been repealed since: keep it visible, the save will name the problem.
        if (auto domain = ListDomainStore(*m_session.db).find(draft.listDomainId))
            m_domainCombo->addItem(domain->name, domain->id);
    }
    m_domainCombo->setCurrentIndex(m_domainCombo->findData(draft.listDomainId));
    m_factsEdit->setPlainText(draft.facts);
    m_minorCheck->setChecked(draft.lenient.minor);
    m_forceMajeureCheck->setChecked(draft.lenient.forceMajeure);
    m_minorConductCheck->setChecked(draft.lenient.minorConduct);
    m_lenientReasonEdit->setPlainText(draft.lenientReason);
    m_checkedMeasures = draft.measureKeys;
    chooseSubject(draft.subjectId);
    for (int row = 0; row < m_recordsList->count(); ++row) {
        auto* item = m_recordsList->item(row);
        if (draft.recordIds.contains(item->data(Qt::UserRole).toLongLong()))
            item->setCheckState(Qt::Checked);
    }
}

ListingDraft ListingDraftDialog::draft() const
{
    ListingDraft draft;
    draft.subjectId = m_subject.id;
    draft.listDomainId = m_domainCombo->currentData().toLongLong();
    draft.facts = m_factsEdit->toPlainText().trimmed();
    draft.recordIds = checkedData<qint64>(m_recordsList);
    draft.measureKeys = checkedData<QString>(m_measuresList);
    draft.lenient.minor = m_minorCheck->isChecked();
    draft.lenient.forceMajeure = m_forceMajeureCheck->isChecked();
    draft.lenient.minorConduct = m_minorConductCheck->isChecked();
    draft.lenientReason = m_lenientReasonEdit->toPlainText().trimmed();
    return draft;
}

void ListingDraftDialog::updateLenient()
{
    const bool any = m_minorCheck->isChecked() || m_forceMajeureCheck->isChecked() || m_minorConductCheck->isChecked();
    m_lenientReasonEdit->setEnabled(any);
}

void ListingDraftDialog::save()
{
    if (m_subject.id <= 0) {
        showProblem(tr("Choose the subject the draft concerns."));
        return;
    }
    ListingDrafts drafts(*m_session.db);
    auto saved = m_caseId > 0 ? drafts.save(m_session.actor, m_caseId, m_version, draft())
                              : drafts.create(m_session.actor, draft());
    if (!saved) {
        showProblem(saved.error().message);
        return;
    }
    m_caseId = saved->id;
    m_version = saved->version;
    accept();
}

void ListingDraftDialog::showProblem(const QString& text)
{
    showFormError(m_problemLabel, text);
}
