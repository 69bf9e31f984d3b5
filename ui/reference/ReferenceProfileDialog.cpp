#include "ReferenceProfileDialog.h"

#include "Clock.h"
#include "ReferenceChecklist.h"
#include "rules/RuleProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {
// The deadlines in the order of the profile's fields and of RuleProfile::toJson().
const char* const kDeadlineIds[]
    = {"notice_statement", "objection_mark", "objection_decide", "repair_accept", "repair_decide"};
const PublicationTier kTiers[] = {PublicationTier::Minor, PublicationTier::General, PublicationTier::Serious};
const char* const kTierIds[] = {"minor", "general", "serious"};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString settingName(const QString& id)
{
    for (int i = 0; i < 3; ++i) {
        if (id == QStringLiteral("publication_months.") + QLatin1String(kTierIds[i]))
            return ReferenceProfileDialog::tr("Publication, %1").arg(RuleProfiles::tierName(kTiers[i]));
    }
    if (id.startsWith(QLatin1String("deadlines.")))
        return capitalised(RuleProfiles::deadlineName(id.mid(10)));
    if (id == QLatin1String("repair_conditions"))
        return ReferenceProfileDialog::tr("Repair conditions");
    if (id == QLatin1String("repeat_repair_limit"))
        return ReferenceProfileDialog::tr("Repeat-repair limits");
    return id;
}

QSpinBox* spinBox(QWidget* parent, const QString& name, int min, int max, int value, const QString& suffix)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setSuffix(suffix);
    return spin;
}

QHBoxLayout* row(const QList<QWidget*>& widgets)
{
    auto* layout = new QHBoxLayout;
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return layout;
}

// The day a new profile starts by default: right after the last one, and never before tomorrow.
QDate suggestedStart(const RuleProfile& last)
{
    const QDate tomorrow = Clock::currentDate().addDays(1);
    if (last.effectiveUntil.isValid())
        return std::max(tomorrow, last.effectiveUntil.addDays(1));
    return std::max(tomorrow, last.effectiveFrom.addDays(1));
}
} // namespace

ReferenceProfileDialog::ReferenceProfileDialog(Session& session, const RuleProfile& profile, QWidget* parent)
    : ReferenceFormDialog(session, QStringLiteral("ReferenceProfileDialog"),
                          profile.id > 0 ? tr("Edit rule profile") : tr("Add future rule profile"), parent)
    , m_profile(profile)
{
    buildForm();
}

void ReferenceProfileDialog::buildForm()
{
    setNote(inForce() ? tr("%1 is in force and decisions may have been taken under it: only the settings still marked "
                           "unconfirmed below can be corrected; untick one once its value is confirmed.")
                            .arg(m_profile.name)
                : isEditing()
                ? tr("%1 is not yet in force, so its settings can still change. Its dates stay as they are.")
                      .arg(m_profile.name)
                : tr("The new profile governs decisions taken from its start date on. The profile in force until "
                     "then ends the day before; decisions already taken keep their rules."));
    m_nameEdit = addLineEdit(tr("Name:"), QStringLiteral("nameEdit"), isEditing() ? m_profile.name : QString());
    m_basisEdit = addLineEdit(tr("Basis:"), QStringLiteral("basisEdit"), m_profile.basis);
    m_fromEdit = addDateEdit(tr("In force from:"), QStringLiteral("fromEdit"),
                             isEditing() ? m_profile.effectiveFrom : suggestedStart(m_profile));
    m_fromEdit->setEnabled(!isEditing());
    m_nameEdit->setEnabled(!inForce());
    m_basisEdit->setEnabled(!inForce());
    for (int i = 0; i < 3; ++i)
        addTier(kTiers[i], QLatin1String(kTierIds[i]));
    m_conditionsEdit
        = addTextEdit(tr("Repair conditions:"), QStringLiteral("conditionsEdit"), m_profile.repairConditions);
    const Deadline* deadlines[] = {&m_profile.noticeStatement, &m_profile.objectionMark, &m_profile.objectionDecide,
                                   &m_profile.repairAccept, &m_profile.repairDecide};
    for (int i = 0; i < 5; ++i)
        addDeadline(QLatin1String(kDeadlineIds[i]), *deadlines[i]);
    addRepeatLimit();
    m_unconfirmedList = addUnconfirmedChecklist(m_profile.unconfirmed, &settingName);
    m_conditionsEdit->setEnabled(settingOpen(QStringLiteral("repair_conditions")));
    okButton()->setText(isEditing() ? tr("Save") : tr("Add profile"));
}

void ReferenceProfileDialog::addTier(PublicationTier tier, const QString& id)
{
    const auto range = m_profile.publication(tier);
    TierRow& tierRow = m_tiers[size_t(tier)];
    tierRow.published = new QCheckBox(tr("published"), this);
    tierRow.published->setObjectName(id + QStringLiteral("CheckBox"));
    tierRow.published->setChecked(range.has_value());
    tierRow.min = spinBox(this, id + QStringLiteral("MinSpinBox"), 0, 120, range ? range->min : 0, tr(" months"));
    tierRow.max = spinBox(this, id + QStringLiteral("MaxSpinBox"), 0, 120, range ? range->max : 0, tr(" months"));
    const bool open = settingOpen(QStringLiteral("publication_months.") + id);
    tierRow.published->setEnabled(open);
    for (QSpinBox* spin : {tierRow.min, tierRow.max}) {
        spin->setEnabled(open && range.has_value());
        connect(tierRow.published, &QCheckBox::toggled, spin, &QWidget::setEnabled);
    }
    form()->addRow(
        tr("Publication, %1:").arg(RuleProfiles::tierName(tier)),
        row({tierRow.published, new QLabel(tr("from"), this), tierRow.min, new QLabel(tr("to"), this), tierRow.max}));
}

void ReferenceProfileDialog::addDeadline(const QString& id, const Deadline& deadline)
{
    DeadlineRow& deadlineRow = m_deadlines[size_t(m_deadlineCount++)];
    deadlineRow.days = spinBox(this, id + QStringLiteral("DaysSpinBox"), 0, 365, deadline.days, QString());
    deadlineRow.kind = new QComboBox(this);
    deadlineRow.kind->setObjectName(id + QStringLiteral("KindComboBox"));
    deadlineRow.kind->addItem(tr("working days"), int(DayCount::Working));
    deadlineRow.kind->addItem(tr("calendar days"), int(DayCount::Calendar));
    deadlineRow.kind->setCurrentIndex(deadlineRow.kind->findData(int(deadline.kind)));
    const bool open = settingOpen(QStringLiteral("deadlines.") + id);
    deadlineRow.days->setEnabled(open);
    deadlineRow.kind->setEnabled(open);
    form()->addRow(capitalised(RuleProfiles::deadlineName(id)) + u':', row({deadlineRow.days, deadlineRow.kind}));
}

void ReferenceProfileDialog::addRepeatLimit()
{
    const RepeatRepairLimit& limit = m_profile.repeatLimit;
    m_limitCheckBox = new QCheckBox(tr("on"), this);
    m_limitCheckBox->setObjectName(QStringLiteral("limitCheckBox"));
    m_limitCheckBox->setChecked(limit.enabled);
    m_gapSpinBox = spinBox(this, QStringLiteral("gapSpinBox"), 0, 120, limit.minGapMonths, tr(" months"));
    m_countSpinBox = spinBox(this, QStringLiteral("countSpinBox"), 1, 20, limit.maxCount, QString());
    m_windowSpinBox = spinBox(this, QStringLiteral("windowSpinBox"), 1, 20, limit.windowYears, tr(" years"));
    const bool open = settingOpen(QStringLiteral("repeat_repair_limit"));
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_limitCheckBox, m_gapSpinBox, m_countSpinBox, m_windowSpinBox})
        widget->setEnabled(open);
    // Local rules some places add; not national, so off unless an administrator turns them on.
    form()->addRow(
        tr("Repeat-repair limits:"),
        row({m_limitCheckBox, new QLabel(tr("gap at least"), this), m_gapSpinBox, new QLabel(tr("at most"), this),
             m_countSpinBox, new QLabel(tr("repairs in"), this), m_windowSpinBox}));
}

bool ReferenceProfileDialog::inForce() const
{
    return isEditing() && m_profile.effectiveFrom <= Clock::currentDate();
}

bool ReferenceProfileDialog::settingOpen(const QString& id) const
{
    // The store refuses the rest for a profile in force; greyed out, the officer sees it before typing.
    return !inForce() || m_profile.unconfirmed.contains(id);
}

RuleProfile ReferenceProfileDialog::collect() const
{
    RuleProfile profile = m_profile;
    profile.name = m_nameEdit->text().trimmed();
    profile.basis = m_basisEdit->text().trimmed();
    if (!isEditing()) {
        profile.effectiveFrom = m_fromEdit->date();
        profile.effectiveUntil = {};
    }
    std::optional<MonthRange>* ranges[] = {&profile.minor, &profile.general, &profile.serious};
    for (size_t i = 0; i < 3; ++i) {
        const TierRow& tierRow = m_tiers[i];
        *ranges[i] = tierRow.published->isChecked()
            ? std::optional<MonthRange>(MonthRange{tierRow.min->value(), tierRow.max->value()})
            : std::nullopt;
    }
    profile.repairConditions = m_conditionsEdit->toPlainText().trimmed();
    Deadline* deadlines[] = {&profile.noticeStatement, &profile.objectionMark, &profile.objectionDecide,
                             &profile.repairAccept, &profile.repairDecide};
    for (size_t i = 0; i < 5; ++i)
        *deadlines[i] = {m_deadlines[i].days->value(), DayCount(m_deadlines[i].kind->currentData().toInt())};
    profile.repeatLimit
        = {m_limitCheckBox->isChecked(), m_gapSpinBox->value(), m_countSpinBox->value(), m_windowSpinBox->value()};
    profile.unconfirmed = m_unconfirmedList->checkedStrings();
    return profile;
}

Status ReferenceProfileDialog::save()
{
    RuleProfileStore store(*m_session.db);
    auto result = isEditing() ? store.update(m_session.actor, collect()) : store.add(m_session.actor, collect());
    if (!result)
        return result.error();
    m_saved = *result;
    return {};
}
