#include "RecordRules.h"

#include "PublicationWindow.h"
#include "RecordTerms.h"
#include "SubjectIdentity.h"
#include "SubjectNames.h"
#include "reference/CatalogStore.h"
#include "reference/ReferenceTerms.h"
#include "rules/RuleProfileStore.h"

namespace {
// The earliest decision a department may still send: the registry starts with the Order 58 era, and
// nothing older than 1990 is a credit record anyone publishes.
const QDate kEarliestDecision(1990, 1, 1);

QString trimmedText(const QString& text)
{
    return text.trimmed();
}
} // namespace

Result<RecordRules> RecordRules::load(Database& db)
{
    RecordRules rules;
    auto profiles = RuleProfileStore(db).list();
    if (!profiles)
        return profiles.error();
    rules.m_profiles = *profiles;
    CatalogStore catalog(db);
    auto items = catalog.list(true);
    if (!items)
        return items.error();
    for (const auto& item : *items) {
        auto history = catalog.history(item.itemKey);
        if (!history)
            return history.error();
        rules.m_items.insert(item.itemKey, *history);
    }
    return rules;
}

const RuleProfile* RecordRules::profileOn(QDate date) const
{
    for (const auto& profile : m_profiles) {
        if (profile.covers(date))
            return &profile;
    }
    return nullptr;
}

const CatalogItem* RecordRules::itemVersionOn(const QString& itemKey, QDate date) const
{
    const auto found = m_items.constFind(itemKey);
    if (found == m_items.constEnd())
        return nullptr;
    for (const auto& version : *found) {
        if (version.inForceOn(date) && version.status == ItemStatus::InForce)
            return &version;
    }
    return nullptr;
}

void RecordRules::check(RecordInput& input, QDate today, QList<FieldProblem>& problems, QStringList& warnings) const
{
    Subject& subject = input.subject;
    CreditRecord& record = input.record;
    const auto problem = [&problems](RecordField field, const QString& reason) {
        problems << FieldProblem{field, reason};
    };

    subject.name = SubjectNames::normalize(subject.name);
    if (const QString why = SubjectNames::problem(subject.name); !why.isEmpty())
        problem(RecordField::SubjectName, why);
    subject.legalRepresentative = SubjectNames::normalize(subject.legalRepresentative);

    const bool kindKnown = ReferenceTerms::subjectKinds().contains(subject.kind);
    if (kindKnown) {
        const bool person = subject.isNaturalPerson();
        const RecordField codeField = person ? RecordField::IdNumber : RecordField::Uscc;
        if (subject.idType.isEmpty())
            subject.idType = SubjectIdentity::defaultIdType(subject.kind);
        if (input.codeReported) {
            // one problem per cell is enough
        } else if (!SubjectIdentity::idTypeFitsKind(subject.idType, subject.kind)) {
            problem(
                RecordField::IdType,
                tr("a %1 is not identified by a %2")
                    .arg(ReferenceTerms::subjectKindName(subject.kind), SubjectIdentity::idTypeName(subject.idType)));
        } else if (subject.code.trimmed().isEmpty()) {
            problem(codeField,
                    person ? tr("a natural person needs a certificate number")
                           : tr("a %1 needs its unified social credit code")
                                 .arg(ReferenceTerms::subjectKindName(subject.kind)));
        } else {
            const CodeCheck code = SubjectIdentity::check(subject.idType, subject.code, today);
            if (code.valid)
                subject.code = code.normalized;
            else
                problem(codeField, code.reason);
        }
    }

    const auto requireText = [&](QString& text, RecordField field, int limit) {
        text = trimmedText(text);
        if (text.isEmpty())
            problem(field, tr("is empty"));
        else if (text.size() > limit)
            problem(field, tr("has %1 characters, at most %2 are allowed").arg(text.size()).arg(limit));
    };
    requireText(record.decisionNumber, RecordField::DecisionNumber, kMaxNumberLength);
    requireText(record.authority, RecordField::Authority, kMaxNumberLength * 2);
    requireText(record.facts, RecordField::Facts, kMaxTextLength);
    requireText(record.basis, RecordField::Basis, kMaxTextLength);
    requireText(record.content, RecordField::Content, kMaxTextLength);
    record.violationType = record.violationType.trimmed();
    record.penaltyKind = record.penaltyKind.trimmed();
    record.note = record.note.trimmed();

    const QDate date = record.decisionDate;
    if (!date.isValid())
        return; // the caller reported the unreadable date
    if (date > today) {
        problem(RecordField::DecisionDate, tr("%1 is in the future").arg(date.toString(Qt::ISODate)));
        return;
    }
    if (date < kEarliestDecision) {
        problem(RecordField::DecisionDate, tr("%1 is before 1990").arg(date.toString(Qt::ISODate)));
        return;
    }
    const RuleProfile* profile = profileOn(date);
    const auto tier = RecordTerms::parseTier(record.tier);
    if (!profile) {
        problem(
            RecordField::DecisionDate,
            tr("no rule profile was in force on %1; add one under Catalog and lists").arg(date.toString(Qt::ISODate)));
        return;
    }
    // A record is collected under the catalog version in force on the day it is collected, and keeps it.
    const CatalogItem* item = itemVersionOn(input.itemKey, today);
    if (!item) {
        problem(RecordField::DecisionDate, tr("the catalog item %1 is not in force today").arg(input.itemKey));
    } else {
        record.catalogItemId = item->id;
        if (kindKnown && !item->subjectKinds.contains(subject.kind))
            problem(RecordField::SubjectKind,
                    tr("the catalog item %1 does not concern a %2")
                        .arg(item->name, ReferenceTerms::subjectKindName(subject.kind)));
    }
    if (!tier)
        return; // reported by the caller
    record.ruleProfileId = profile->id;
    const PublicationWindow window = PublicationWindow::of(*profile, *tier, date);
    record.repairableFrom = window.repairableFrom;
    record.publishUntil = window.publishUntil;
    record.status = window.publishUntil <= today ? QStringLiteral("expired") : QStringLiteral("publishing");
    if (!window.published)
        warnings << tr("%1: a %2 record is not published under %3")
                        .arg(record.decisionNumber, RecordTerms::tierName(record.tier), profile->name);
    if (input.declaredPublishUntil.isValid() && input.declaredPublishUntil != window.publishUntil)
        warnings << tr("%1: the file says publication ends on %2; under %3 it ends on %4")
                        .arg(record.decisionNumber, input.declaredPublishUntil.toString(Qt::ISODate), profile->name,
                             window.publishUntil.toString(Qt::ISODate));
}
