#include "ReferenceMeasuresRegister.h"

#include "Clock.h"
#include "ReferenceBasesRegister.h"
#include "ReferenceHistoryDialog.h"
#include "ReferenceMeasureDialog.h"
#include "reference/MeasureStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace ReferenceText;

QString ReferenceMeasuresRegister::title()
{
    return tr("Measures");
}

ReferenceMeasuresRegister::ReferenceMeasuresRegister(Session& session, bool editor, const ReferenceBasesRegister& bases,
                                                     QWidget* parent)
    : ReferenceRegister(session, editor, QStringLiteral("measures"),
                        {tr("Key"), tr("Version"), tr("Class"), tr("Name"), tr("Implementing department"),
                         tr("Subjects"), tr("Follows from"), tr("Scope"), tr("In force from"), tr("In force until"),
                         tr("Status")},
                        parent)
    , m_bases(bases)
{
    setDetailProvider([this](int row) { return measureDetail(row); });
    addVersionedButtons(
        QStringLiteral("measure"),
        [this](int row) { return row >= 0 && m_measures.at(row).status == ItemStatus::InForce; },
        [this](int row) { measureHistoryDialog(m_measures.at(row).measureKey)->exec(); },
        [this](int row) { editMeasure(row); }, [this](int row) { abolishMeasure(row); });
}

void ReferenceMeasuresRegister::load()
{
    MeasureStore store(*m_session.db);
    auto classes = store.classes();
    auto measures = store.list();
    if (!classes || !measures)
        return showError(!classes ? classes.error() : measures.error());
    m_measureClasses.clear();
    for (const auto& c : std::as_const(*classes))
        m_measureClasses.insert(c.classNo, c.name);
    m_measures = *measures;
    fill(
        this, m_measures,
        [this](const Measure& m) {
            return QStringList{m.measureKey,
                               QString::number(m.versionNo),
                               QStringLiteral("%1 %2").arg(m.classNo).arg(m_measureClasses.value(m.classNo)),
                               m.name,
                               m.implementingDepartment,
                               subjects(m.subjectKinds),
                               (m.followsListDomains + m.followsRecordKinds).join(QStringLiteral(", ")),
                               ReferenceTerms::scopeName(m.scope),
                               day(m.effectiveFrom),
                               day(m.effectiveUntil),
                               itemStatusName(m.status)};
        },
        [](const Measure& m) { return m.status != ItemStatus::InForce; });
}

QString ReferenceMeasuresRegister::measureDetail(int index) const
{
    const Measure& m = m_measures.at(index);
    using ReferenceHtml::row;
    return ReferenceHtml::table(
        QStringLiteral("%1 %2").arg(m.measureKey, m.name),
        {row(tr("Version:"),
             tr("%1, in force %2 to %3").arg(m.versionNo).arg(day(m.effectiveFrom), openEnd(m.effectiveUntil))),
         row(tr("Class:"), QStringLiteral("%1 %2").arg(m.classNo).arg(m_measureClasses.value(m.classNo))),
         row(tr("Content:"), m.content), row(tr("Implementing department:"), m.implementingDepartment),
         row(tr("Subjects it may apply to:"), subjects(m.subjectKinds)),
         row(tr("Follows from list domains:"), m.followsListDomains.join(QStringLiteral(", "))),
         row(tr("Follows from record kinds:"), m.followsRecordKinds.join(QStringLiteral(", "))),
         row(tr("Scope:"), ReferenceTerms::scopeName(m.scope)), row(tr("Status:"), itemStatusName(m.status)),
         row(tr("Legal bases:"), m_bases.basesText(m.basisIds))});
}

std::unique_ptr<ReferenceHistoryDialog> ReferenceMeasuresRegister::measureHistoryDialog(const QString& measureKey)
{
    auto history = MeasureStore(*m_session.db).history(measureKey);
    QList<QStringList> rows;
    if (history) {
        for (const auto& v : std::as_const(*history))
            rows << QStringList{QString::number(v.versionNo),
                                day(v.effectiveFrom),
                                openEnd(v.effectiveUntil),
                                itemStatusName(v.status),
                                v.name,
                                QString::number(v.id)};
    }
    auto versionOn = [db = m_session.db, measureKey](QDate date) {
        auto version = MeasureStore(*db).versionOn(measureKey, date);
        if (!version)
            return version.error().message;
        return tr("Version %1 (record id %2): %3").arg(version->versionNo).arg(version->id).arg(version->name);
    };
    auto dialog
        = std::make_unique<ReferenceHistoryDialog>(tr("Versions of measure %1").arg(measureKey),
                                                   QStringList{tr("Version"), tr("In force from"), tr("In force until"),
                                                               tr("Status"), tr("Name"), tr("Record id")},
                                                   rows, versionOn, this);
    if (!history)
        dialog->versionOnLabel()->setText(history.error().message);
    return dialog;
}

void ReferenceMeasuresRegister::editMeasure(int row)
{
    Measure measure;
    if (row >= 0) {
        measure = m_measures.at(row);
    } else {
        // As with the catalog: the national list comes with the seed, an office adds local measures.
        measure.scope = Scope::Local;
        measure.subjectKinds = ReferenceTerms::subjectKinds().mid(0, 1);
    }
    ReferenceMeasureDialog dialog(m_session, measure, this);
    const int result = dialog.exec();
    finishDialog(result, dialog.saved().measureKey);
}

void ReferenceMeasuresRegister::abolishMeasure(int row)
{
    const Measure measure = m_measures.at(row);
    runDateOperation(
        tr("Abolish measure"),
        tr("%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished.")
            .arg(measure.measureKey, measure.name),
        tr("No longer in force from:"), Clock::currentDate().addDays(1), [&](QDate from) {
            return statusOf(MeasureStore(*m_session.db).abolish(m_session.actor, measure.id, measure.version, from));
        });
}
