#include "AuditEvents.h"

#include <QHash>

QString AuditEvents::displayName(const QString& event)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("user.sign_in"), QT_TRANSLATE_NOOP("AuditEvents", "sign-in")},
        {QStringLiteral("user.sign_out"), QT_TRANSLATE_NOOP("AuditEvents", "sign-out")},
        {QStringLiteral("user.locked"), QT_TRANSLATE_NOOP("AuditEvents", "account locked")},
        {QStringLiteral("user.unlocked"), QT_TRANSLATE_NOOP("AuditEvents", "account unlocked")},
        {QStringLiteral("user.created"), QT_TRANSLATE_NOOP("AuditEvents", "account created")},
        {QStringLiteral("user.enabled"), QT_TRANSLATE_NOOP("AuditEvents", "account enabled")},
        {QStringLiteral("user.disabled"), QT_TRANSLATE_NOOP("AuditEvents", "account disabled")},
        {QStringLiteral("user.roles_changed"), QT_TRANSLATE_NOOP("AuditEvents", "roles changed")},
        {QStringLiteral("user.password_set"), QT_TRANSLATE_NOOP("AuditEvents", "password set")},
        {QStringLiteral("department.created"), QT_TRANSLATE_NOOP("AuditEvents", "department created")},
        {QStringLiteral("security.policy_changed"), QT_TRANSLATE_NOOP("AuditEvents", "security policy changed")},
        {QStringLiteral("calendar.day_set"), QT_TRANSLATE_NOOP("AuditEvents", "calendar day set")},
        {QStringLiteral("calendar.day_removed"), QT_TRANSLATE_NOOP("AuditEvents", "calendar day cleared")},
        {QStringLiteral("calendar.year_added"), QT_TRANSLATE_NOOP("AuditEvents", "calendar year added")},
        {QStringLiteral("calendar.year_removed"), QT_TRANSLATE_NOOP("AuditEvents", "calendar year removed")},
        {QStringLiteral("subject.created"), QT_TRANSLATE_NOOP("AuditEvents", "subject registered")},
        {QStringLiteral("subject.similar_answered"), QT_TRANSLATE_NOOP("AuditEvents", "similar subject answered")},
        {QStringLiteral("subject.merged"), QT_TRANSLATE_NOOP("AuditEvents", "subjects merged")},
        {QStringLiteral("record.created"), QT_TRANSLATE_NOOP("AuditEvents", "credit record entered")},
        {QStringLiteral("record.status_changed"), QT_TRANSLATE_NOOP("AuditEvents", "credit record status changed")},
        {QStringLiteral("record.publication_ended"), QT_TRANSLATE_NOOP("AuditEvents", "publication ended")},
        {QStringLiteral("records.imported"), QT_TRANSLATE_NOOP("AuditEvents", "department file imported")},
        {QStringLiteral("records.import_refused"), QT_TRANSLATE_NOOP("AuditEvents", "department file refused")},
        {QStringLiteral("registry.exported"), QT_TRANSLATE_NOOP("AuditEvents", "registry exported")},
        {QStringLiteral("document.issued"), QT_TRANSLATE_NOOP("AuditEvents", "document issued")},
        {QStringLiteral("document.voided"), QT_TRANSLATE_NOOP("AuditEvents", "document voided")},
        {QStringLiteral("document.printed"), QT_TRANSLATE_NOOP("AuditEvents", "document printed")},
        {QStringLiteral("document.template_saved"), QT_TRANSLATE_NOOP("AuditEvents", "document template saved")},
        {QStringLiteral("case.created"), QT_TRANSLATE_NOOP("AuditEvents", "case opened")},
        {QStringLiteral("case.draft_saved"), QT_TRANSLATE_NOOP("AuditEvents", "case draft saved")},
        {QStringLiteral("case.reassigned"), QT_TRANSLATE_NOOP("AuditEvents", "case handed to another officer")},
        {QStringLiteral("case.evidence_attached"), QT_TRANSLATE_NOOP("AuditEvents", "evidence attached")},
        {QStringLiteral("case.deadline_extended"), QT_TRANSLATE_NOOP("AuditEvents", "deadline extended")},
        {QStringLiteral("case.deadlines_recomputed"), QT_TRANSLATE_NOOP("AuditEvents", "deadlines recomputed")},
        {QStringLiteral("case.submit"), QT_TRANSLATE_NOOP("AuditEvents", "case submitted for review")},
        {QStringLiteral("case.return"), QT_TRANSLATE_NOOP("AuditEvents", "case returned to the officer")},
        {QStringLiteral("case.approve_notice"), QT_TRANSLATE_NOOP("AuditEvents", "prior notice approved")},
        {QStringLiteral("case.object"), QT_TRANSLATE_NOOP("AuditEvents", "objection recorded")},
        {QStringLiteral("case.objection_upheld_drop"),
         QT_TRANSLATE_NOOP("AuditEvents", "objection upheld, not listed")},
        {QStringLiteral("case.objection_upheld_revise"),
         QT_TRANSLATE_NOOP("AuditEvents", "objection upheld, draft revised")},
        {QStringLiteral("case.objection_rejected"), QT_TRANSLATE_NOOP("AuditEvents", "objection rejected")},
        {QStringLiteral("case.decide"), QT_TRANSLATE_NOOP("AuditEvents", "listing decided")},
        {QStringLiteral("case.list"), QT_TRANSLATE_NOOP("AuditEvents", "subject listed")},
        {QStringLiteral("case.remove"), QT_TRANSLATE_NOOP("AuditEvents", "subject removed from the list")},
        {QStringLiteral("case.drop"), QT_TRANSLATE_NOOP("AuditEvents", "case closed without listing")},
    };
    const char* name = names.value(event);
    return name ? tr(name) : event;
}
