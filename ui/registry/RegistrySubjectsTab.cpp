#include "RegistrySubjectsTab.h"

#include "Clock.h"
#include "RegistryMergeDialog.h"
#include "RegistrySimilarDialog.h"
#include "RegistrySubjectDetailDialog.h"
#include "SubjectDialog.h"
#include "reference/ReferenceTerms.h"
#include "registry/Masking.h"
#include "registry/SubjectIdentity.h"
#include "registry/SubjectNames.h"
#include "registry/SubjectStore.h"
#include "security/Permissions.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PagedList.h"
#include "widgets/WindowedTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString label(const Subject& subject)
{
    return QStringLiteral("%1 (%2)").arg(subject.name, Masking::code(subject.idType, subject.code));
}
} // namespace

RegistrySubjectsTab::RegistrySubjectsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new WindowedTableModel(*session.db, SubjectColumnCount, {}, this))
    , m_table(new QTableView(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_codeLineEdit(new QLineEdit(this))
    , m_kindComboBox(new QComboBox(this))
    , m_statusComboBox(new QComboBox(this))
    , m_registerButton(new QPushButton(tr("Register subject…"), this))
    , m_mergeButton(new QPushButton(tr("Merge…"), this))
    , m_countLabel(new QLabel(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("RegistrySubjectsTab"));
    m_model->setObjectName(QStringLiteral("subjectsModel"));
    m_table->setObjectName(QStringLiteral("subjectsTable"));
    m_countLabel->setObjectName(QStringLiteral("subjectsCountLabel"));
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_model->setHeaders({tr("No."), tr("Name"), tr("Kind of subject"), tr("Certificate type"), tr("Code"),
                         tr("Legal representative"), tr("Registered by"), tr("Status"), tr("Registered on"),
                         tr("Version")});
    m_model->setDisplayHook(
        [this](const QVariantList& row, int column, int role) { return display(row, column, role); });
    PagedList::followCount(m_model, m_countLabel, [](qint64 count) { return tr("%Ln subject(s)", "", int(count)); });
    m_askSimilar = [this](const Subject& fresh, const Subject& candidate, int index, int count) {
        RegistrySimilarDialog dialog(fresh, candidate, index, count, this);
        dialog.exec();
        switch (dialog.answer()) {
        case RegistrySimilarDialog::Answer::Same:
            return SimilarAnswer::Same;
        case RegistrySimilarDialog::Answer::Different:
            return SimilarAnswer::Different;
        default:
            return SimilarAnswer::Cancelled;
        }
    };

    m_table->setModel(m_model);
    PagedList::configureTable(m_table);
    m_table->setColumnHidden(SubjectId, true);
    m_table->setColumnHidden(SubjectVersion, true);
    m_table->setColumnWidth(SubjectName, 300);
    m_table->setColumnWidth(SubjectLegalRepresentative, 130);
    m_table->setColumnWidth(SubjectKind, 150);
    m_table->setColumnWidth(SubjectIdType, 170);
    m_table->setColumnWidth(SubjectCode, 170);
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    m_table->setSortingEnabled(true);
    // Set after sorting is enabled, which sorts at once: the page lists nothing until it is shown.
    m_model->setSortFactory([this](int column, Qt::SortOrder order) { return sortedQuery(column, order); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (auto values = m_model->rowValues(index.row()))
            openSubject(values->value(SubjectId).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistrySubjectsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistrySubjectsTab::updateButtons);
    connect(m_registerButton, &QPushButton::clicked, this, &RegistrySubjectsTab::registerFromForm);
    connect(m_mergeButton, &QPushButton::clicked, this, &RegistrySubjectsTab::mergeSelected);
    m_registerButton->setVisible(Permissions::allowed(m_session.actor, Permission::EditRegistry));
    m_mergeButton->setVisible(Permissions::allowed(m_session.actor, Permission::MergeSubjects));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildFilterBar());
    layout->addWidget(m_table, 1);
    updateButtons();
}

QLayout* RegistrySubjectsTab::buildFilterBar()
{
    m_nameLineEdit->setObjectName(QStringLiteral("subjectNameLineEdit"));
    m_codeLineEdit->setObjectName(QStringLiteral("subjectCodeLineEdit"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_statusComboBox->setObjectName(QStringLiteral("subjectStatusComboBox"));
    m_nameLineEdit->setPlaceholderText(tr("Name contains…"));
    m_codeLineEdit->setPlaceholderText(tr("Code starts with…"));
    for (auto* edit : {m_nameLineEdit, m_codeLineEdit})
        edit->setClearButtonEnabled(true);
    m_codeLineEdit->setMinimumWidth(180);
    m_kindComboBox->addItem(tr("All kinds"), QString());
    for (const auto& kind : ReferenceTerms::subjectKinds())
        m_kindComboBox->addItem(ReferenceTerms::subjectKindName(kind), kind);
    m_statusComboBox->addItem(tr("All statuses"), QString());
    for (const auto& status : {QStringLiteral("active"), QStringLiteral("merged")})
        m_statusComboBox->addItem(statusName(status), status);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    // Typing asks the list again once the officer pauses, not on every key.
    connect(m_nameLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_codeLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &RegistrySubjectsTab::reload);
    for (auto* combo : {m_kindComboBox, m_statusComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegistrySubjectsTab::reload);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_nameLineEdit, 2);
    bar->addWidget(m_codeLineEdit, 1);
    bar->addWidget(m_kindComboBox);
    bar->addWidget(m_statusComboBox);
    bar->addWidget(m_countLabel, 1, Qt::AlignRight);
    bar->addWidget(m_registerButton);
    bar->addWidget(m_mergeButton);
    return bar;
}

QString RegistrySubjectsTab::statusName(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("active");
    if (status == QLatin1String("merged"))
        return tr("merged");
    return status;
}

SubjectFilter RegistrySubjectsTab::filter() const
{
    SubjectFilter filter{m_nameLineEdit->text(),
                         m_codeLineEdit->text(),
                         m_kindComboBox->currentData().toString(),
                         m_statusComboBox->currentData().toString(),
                         {}};
    if (auto plan = NamePlan::of(*m_session.db, SubjectNames::searchKey(filter.nameContains)))
        filter.namePlan = *plan;
    return filter;
}

void RegistrySubjectsTab::reload()
{
    m_filterTimer->stop();
    PagedList::showLoading(m_countLabel);
    m_model->setQuery(
        SubjectList::query(filter(), SubjectList::orderBy(m_sortColumn, m_sortOrder == Qt::AscendingOrder)));
}

PagedQuery RegistrySubjectsTab::sortedQuery(int column, Qt::SortOrder order)
{
    PagedList::takeSort(m_table, column, order, SubjectList::sortable(column), m_sortColumn, m_sortOrder);
    PagedList::showLoading(m_countLabel);
    return SubjectList::query(filter(), SubjectList::orderBy(m_sortColumn, m_sortOrder == Qt::AscendingOrder));
}

QVariant RegistrySubjectsTab::display(const QVariantList& row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == SubjectName)
        return row.value(SubjectName);
    if (role != Qt::DisplayRole)
        return {};
    const QString text = row.value(column).toString();
    switch (column) {
    case SubjectCode:
        // The full certificate number of a person never reaches the screen.
        return Masking::code(row.value(SubjectIdType).toString(), text);
    case SubjectIdType:
        return SubjectIdentity::idTypeName(text);
    case SubjectKind:
        return ReferenceTerms::subjectKindName(text);
    case SubjectStatus:
        return statusName(text);
    case SubjectCreatedAt:
        return text.left(10);
    default:
        return text;
    }
}

void RegistrySubjectsTab::openSubject(qint64 subjectId)
{
    RegistrySubjectDetailDialog dialog(m_session, subjectId, this);
    dialog.exec();
}

std::optional<Subject> RegistrySubjectsTab::selectedSubject() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const auto values = m_model->rowValues(rows.first().row());
    if (!values)
        return std::nullopt;
    auto subject = SubjectStore(*m_session.db).find(values->value(SubjectId).toLongLong());
    return subject ? std::optional<Subject>(*subject) : std::nullopt;
}

void RegistrySubjectsTab::updateButtons()
{
    m_mergeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

void RegistrySubjectsTab::registerFromForm()
{
    SubjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto reached = registerSubject(dialog.subject()))
        openSubject(reached->id);
}

std::optional<Subject> RegistrySubjectsTab::registerSubject(const Subject& input)
{
    const QString title = tr("Register a credit subject");
    SubjectStore store(*m_session.db);
    auto subject = SubjectStore::normalized(input, Clock::currentDate());
    if (!subject) {
        MessageBoxes::warning(this, title, subject.error().message);
        return std::nullopt;
    }
    auto existing = store.findByCode(subject->idType, subject->code);
    if (!existing) {
        MessageBoxes::warning(this, title, existing.error().message);
        return std::nullopt;
    }
    if (existing->has_value()) {
        MessageBoxes::information(this, title,
                                  tr("%1 is registered already, as %2.")
                                      .arg(Masking::code(subject->idType, subject->code), (*existing)->name));
        return **existing;
    }
    auto similar = store.similarTo(subject->name);
    if (!similar) {
        MessageBoxes::warning(this, title, similar.error().message);
        return std::nullopt;
    }
    QList<qint64> different;
    for (int i = 0; i < similar->size(); ++i) {
        const Subject& candidate = similar->at(i);
        const SimilarAnswer answer = m_askSimilar(*subject, candidate, i, int(similar->size()));
        if (answer == SimilarAnswer::Cancelled)
            return std::nullopt;
        const bool same = answer == SimilarAnswer::Same;
        if (auto answered = store.answerSimilar(m_session.actor, subject->name, candidate.id, same); !answered) {
            MessageBoxes::warning(this, title, answered.error().message);
            return std::nullopt;
        }
        if (same)
            return candidate;
        different << candidate.id;
    }
    auto added = store.add(m_session.actor, *subject, different);
    if (!added) {
        MessageBoxes::warning(this, title, added.error().message);
        return std::nullopt;
    }
    reload();
    emit registryChanged();
    return added->subject;
}

void RegistrySubjectsTab::mergeSelected()
{
    const auto drop = selectedSubject();
    if (!drop)
        return;
    RegistryMergeDialog dialog(m_session, *drop, this);
    if (dialog.exec() == QDialog::Accepted && dialog.kept())
        mergeSubjects(*drop, *dialog.kept());
}

bool RegistrySubjectsTab::mergeSubjects(const Subject& drop, const Subject& keep)
{
    const QString title = tr("Merge subjects");
    if (!MessageBoxes::question(this, title,
                                tr("Merge %1 into %2? Every record of %1 moves to %2, and %1 is marked as merged.")
                                    .arg(label(drop), label(keep))))
        return false;
    auto merged = SubjectStore(*m_session.db).merge(m_session.actor, keep.id, keep.version, drop.id, drop.version);
    if (!merged) {
        MessageBoxes::warning(this, title, merged.error().message);
        return false;
    }
    MessageBoxes::information(this, title, tr("%1 was merged into %2.").arg(label(drop), label(keep)));
    reload();
    emit registryChanged();
    return true;
}
