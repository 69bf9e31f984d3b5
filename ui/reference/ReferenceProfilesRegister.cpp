#include "ReferenceProfilesRegister.h"

#include "Clock.h"
#include "ReferenceProfileDialog.h"
#include "rules/RuleProfileStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace ReferenceText;

QString ReferenceProfilesRegister::title()
{
    return tr("Rule profiles");
}

ReferenceProfilesRegister::ReferenceProfilesRegister(Session& session, bool editor, QWidget* parent)
    : ReferenceRegister(session, editor, QStringLiteral("profiles"),
                        {tr("Name"), tr("In force from"), tr("In force until"),
                         tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::Minor)),
                         tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::General)),
                         tr("Publication, %1").arg(RuleProfiles::tierName(PublicationTier::Serious)), tr("Basis")},
                        parent)
{
    setDetailProvider([this](int row) { return profileDetail(row); });
    m_profileDateEdit = new QDateEdit(Clock::currentDate(), this);
    m_profileDateEdit->setObjectName(QStringLiteral("profileDateEdit"));
    m_profileDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_profileDateEdit->setCalendarPopup(true);
    m_profileOnLabel = new QLabel(this);
    m_profileOnLabel->setObjectName(QStringLiteral("profileOnLabel"));
    addControl(new QLabel(tr("Profile in force on:"), this));
    addControl(m_profileDateEdit);
    addControl(m_profileOnLabel);
    connect(m_profileDateEdit, &QDateEdit::dateChanged, this, &ReferenceProfilesRegister::showProfileOn);

    addButton(tr("Add future profile…"), QStringLiteral("addProfileButton"), Access::Editors, always,
              [this](int) { editProfile(-1); });
    // The store says which profiles may still change (not yet in force, for an officer).
    auto* edit = addButton(
        tr("Edit…"), QStringLiteral("editProfileButton"), Access::Editors,
        [this](int row) {
            return row >= 0 && RuleProfileStore::checkEditable(m_session.actor, m_profiles.at(row)).ok();
        },
        [this](int row) { editProfile(row); });
    openOnDoubleClick(edit);
}

void ReferenceProfilesRegister::load()
{
    auto profiles = RuleProfileStore(*m_session.db).list();
    if (!profiles)
        return showError(profiles.error());
    m_profiles = *profiles;
    fill(
        this, m_profiles,
        [](const RuleProfile& p) {
            return QStringList{p.name,
                               day(p.effectiveFrom),
                               openEnd(p.effectiveUntil),
                               RuleProfiles::describe(p.minor),
                               RuleProfiles::describe(p.general),
                               RuleProfiles::describe(p.serious),
                               p.basis};
        },
        [](const RuleProfile& p) { return p.effectiveUntil.isValid() && p.effectiveUntil < Clock::currentDate(); });
    showProfileOn();
}

void ReferenceProfilesRegister::showProfileOn()
{
    const QDate date = m_profileDateEdit->date();
    auto profile = RuleProfileStore(*m_session.db).profileOn(date);
    if (!profile) {
        m_profileOnLabel->setText(profile.error().message);
        return;
    }
    m_profileOnLabel->setText(
        tr("%1 (%2 to %3)").arg(profile->name, day(profile->effectiveFrom), openEnd(profile->effectiveUntil)));
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == profile->id)
            selectRow(row);
    }
}

QString ReferenceProfilesRegister::profileDetail(int index) const
{
    const RuleProfile& p = m_profiles.at(index);
    using ReferenceHtml::row;
    auto flagged = [&](const QString& id) {
        return p.unconfirmed.contains(id);
    };
    QStringList rows{row(tr("Basis:"), p.basis),
                     row(tr("In force:"), tr("%1 to %2").arg(day(p.effectiveFrom), openEnd(p.effectiveUntil)))};
    const QList<std::pair<PublicationTier, QString>> tiers{{PublicationTier::Minor, QStringLiteral("minor")},
                                                           {PublicationTier::General, QStringLiteral("general")},
                                                           {PublicationTier::Serious, QStringLiteral("serious")}};
    for (const auto& [tier, id] : tiers)
        rows << row(tr("Publication, %1:").arg(RuleProfiles::tierName(tier)),
                    RuleProfiles::describe(p.publication(tier)), flagged(QStringLiteral("publication_months.") + id));
    rows << row(tr("Repair conditions:"), p.repairConditions, flagged(QStringLiteral("repair_conditions")));
    const QList<std::pair<QString, Deadline>> deadlines{{QStringLiteral("notice_statement"), p.noticeStatement},
                                                        {QStringLiteral("objection_mark"), p.objectionMark},
                                                        {QStringLiteral("objection_decide"), p.objectionDecide},
                                                        {QStringLiteral("repair_accept"), p.repairAccept},
                                                        {QStringLiteral("repair_decide"), p.repairDecide}};
    for (const auto& [id, deadline] : deadlines) {
        QString label = RuleProfiles::deadlineName(id);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        rows << row(label + u':', RuleProfiles::describe(deadline), flagged(QStringLiteral("deadlines.") + id));
    }
    const RepeatRepairLimit& limit = p.repeatLimit;
    rows << row(tr("Repeat-repair limits:"),
                limit.enabled ? tr("on: at least %n month(s) between repairs", nullptr, limit.minGapMonths)
                        + tr(", at most %1 repairs in %2 years").arg(limit.maxCount).arg(limit.windowYears)
                              : tr("off"),
                flagged(QStringLiteral("repeat_repair_limit")));
    return ReferenceHtml::table(p.name, rows);
}

void ReferenceProfilesRegister::editProfile(int row)
{
    RuleProfile profile;
    if (row >= 0) {
        profile = m_profiles.at(row);
    } else if (!m_profiles.isEmpty()) {
        // A new profile starts from the settings of the last one; the dialog suggests its start date.
        profile = m_profiles.last();
        profile.id = 0;
        profile.version = 1;
    }
    ReferenceProfileDialog dialog(m_session, profile, this);
    const int result = dialog.exec();
    finishDialog(result, dialog.saved().name);
}
