#include "SubjectStore.h"

#include "Clock.h"
#include "Masking.h"
#include "NamePlan.h"
#include "SubjectIdentity.h"
#include "SubjectNameIndex.h"
#include "SubjectNames.h"
#include "reference/ReferenceTerms.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {
const QString kColumns
    = QStringLiteral("SELECT id, kind, id_type, code, name, legal_representative, address, registering_authority, "
                     "COALESCE(department_id, 0), status, COALESCE(merged_into, 0), created_at, version FROM subjects");

QString label(const Subject& subject)
{
    return subject.name + QStringLiteral(" (") + Masking::code(subject.idType, subject.code) + u')';
}
} // namespace

Result<QList<Subject>> SubjectStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<Subject> list;
    while (rows->next()) {
        Subject subject;
        subject.id = rows->value(0).toLongLong();
        subject.kind = rows->value(1).toString();
        subject.idType = rows->value(2).toString();
        subject.code = rows->value(3).toString();
        subject.name = rows->value(4).toString();
        subject.legalRepresentative = rows->value(5).toString();
        subject.address = rows->value(6).toString();
        subject.registeringAuthority = rows->value(7).toString();
        subject.departmentId = rows->value(8).toLongLong();
        subject.status = rows->value(9).toString();
        subject.mergedInto = rows->value(10).toLongLong();
        subject.createdAt = rows->value(11).toString();
        subject.version = rows->value(12).toInt();
        list << subject;
    }
    return list;
}

Result<Subject> SubjectStore::find(qint64 id)
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no subject number %1 in the registry.").arg(id));
    return found->first();
}

Result<std::optional<Subject>> SubjectStore::findByCode(const QString& idType, const QString& code)
{
    auto found = select(QStringLiteral(" WHERE code = ? AND id_type = ?"), {code, idType});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Subject>();
    return std::optional<Subject>(found->first());
}

Result<QList<Subject>> SubjectStore::search(const QString& text, int limit)
{
    const QString key = SubjectNames::searchKey(text);
    if (key.isEmpty())
        return select(QStringLiteral(" ORDER BY id DESC LIMIT ?"), {limit});
    const QString pattern = SubjectNames::containsPattern(key);
    const QString code = text.trimmed().toUpper();
    auto plan = NamePlan::of(m_db, key);
    if (!plan)
        return plan.error();
    if (plan->reach == NamePlan::Reach::Narrow)
        return select(
            QStringLiteral(" WHERE (id IN (SELECT subject_id FROM subject_name_grams WHERE gram = ?) AND "
                           "name_search LIKE ? ESCAPE '\\') OR (code >= ? AND code < ?) ORDER BY id DESC LIMIT ?"),
            {plan->gram, pattern, code, code + QChar(0xFFFF), limit});
    return select(QStringLiteral(" WHERE name_search LIKE ? ESCAPE '\\' OR (code >= ? AND code < ?) ORDER BY id DESC "
                                 "LIMIT ?"),
                  {pattern, code, code + QChar(0xFFFF), limit});
}

Result<QList<Subject>> SubjectStore::similarTo(const QString& name, qint64 excludeId)
{
    const QString key = SubjectNames::searchKey(name);
    if (key.isEmpty())
        return QList<Subject>();
    // Candidates share the first two characters of the key (an index range) or contain the whole key.
    const QString head = key.left(2);
    const QString pattern = SubjectNames::containsPattern(key);
    auto candidates
        = select(QStringLiteral(" WHERE status = 'active' AND id <> ? AND ((name_search >= ? AND name_search "
                                "< ?) OR name_search LIKE ? ESCAPE '\\') ORDER BY id LIMIT 2000"),
                 {excludeId, head, head + QChar(0xFFFF), pattern});
    if (!candidates)
        return candidates.error();
    QList<Subject> close;
    for (const auto& candidate : *candidates) {
        if (SubjectNames::similar(candidate.name, name))
            close << candidate;
        if (close.size() == 10)
            break;
    }
    return close;
}

Result<Subject> SubjectStore::normalized(const Subject& input, QDate today)
{
    Subject subject = input;
    if (!ReferenceTerms::subjectKinds().contains(subject.kind))
        return Error::invalid(tr("\"%1\" is not a kind of subject.").arg(subject.kind));
    if (subject.idType.isEmpty())
        subject.idType = SubjectIdentity::defaultIdType(subject.kind);
    if (!SubjectIdentity::idTypeFitsKind(subject.idType, subject.kind))
        return Error::invalid(
            tr("A %1 is not identified by a %2.")
                .arg(ReferenceTerms::subjectKindName(subject.kind), SubjectIdentity::idTypeName(subject.idType)));
    const CodeCheck check = SubjectIdentity::check(subject.idType, subject.code, today);
    if (!check.valid)
        return Error::invalid(
            tr("The %1 is not valid: %2.").arg(SubjectIdentity::idTypeName(subject.idType), check.reason));
    subject.code = check.normalized;
    subject.name = SubjectNames::normalize(subject.name);
    if (const QString problem = SubjectNames::problem(subject.name); !problem.isEmpty())
        return Error::invalid(tr("The name cannot be stored: %1.").arg(problem));
    subject.legalRepresentative = SubjectNames::normalize(subject.legalRepresentative);
    subject.address = subject.address.trimmed();
    subject.registeringAuthority = subject.registeringAuthority.trimmed();
    return subject;
}

Result<SubjectAddition> SubjectStore::add(const Actor& actor, const Subject& input,
                                          const QList<qint64>& answeredDifferent)
{
    if (auto allowed = Permissions::require(actor, Permission::EditRegistry); !allowed)
        return allowed.error();
    auto subject = normalized(input, Clock::currentDate());
    if (!subject)
        return subject.error();
    if (subject->departmentId == 0)
        subject->departmentId = actor.departmentId;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto existing = findByCode(subject->idType, subject->code);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return SubjectAddition{**existing, true};
    auto similar = similarTo(subject->name);
    if (!similar)
        return similar.error();
    QStringList answered;
    for (const auto& other : *similar) {
        if (!answeredDifferent.contains(other.id))
            return Error::conflict(tr("%1 is close to the registered subject %2. Compare them and say whether they are "
                                      "the same subject.")
                                       .arg(subject->name, label(other)));
        answered << QString::number(other.id);
    }
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO subjects (kind, id_type, code, name, name_search, legal_representative, address, "
                       "registering_authority, department_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {subject->kind, subject->idType, subject->code, subject->name, SubjectNames::searchKey(subject->name),
         subject->legalRepresentative, subject->address, subject->registeringAuthority,
         subject->departmentId > 0 ? QVariant(subject->departmentId) : QVariant()});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::storage(tr("The subject was not registered."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish(); // SQLite cannot commit while a RETURNING statement is still open
    if (auto indexed = SubjectNameIndex::add(m_db, {{id, SubjectNames::searchKey(subject->name)}}); !indexed)
        return indexed.error();
    QString detail = label(*subject);
    if (!answered.isEmpty())
        detail += QStringLiteral("; confirmed different from ") + answered.join(QStringLiteral(", "));
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("subject.created"), QStringLiteral("subject"),
                                        QString::number(id), true, detail);
        !audited)
        return audited.error();
    auto stored = find(id);
    if (!stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return SubjectAddition{*stored, false};
}

Status SubjectStore::answerSimilar(const Actor& actor, const QString& newName, qint64 candidateId, bool same)
{
    if (auto allowed = Permissions::require(actor, Permission::EditRegistry); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    const QString detail = QStringLiteral("%1 %2 #%3")
                               .arg(SubjectNames::normalize(newName),
                                    same ? QStringLiteral("same as") : QStringLiteral("different from"))
                               .arg(candidateId);
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("subject.similar_answered"),
                                        QStringLiteral("subject"), QString::number(candidateId), true, detail);
        !audited)
        return audited;
    return transaction.commit();
}

Result<Subject> SubjectStore::merge(const Actor& actor, qint64 keepId, int keepVersion, qint64 dropId, int dropVersion)
{
    if (auto allowed = Permissions::require(actor, Permission::MergeSubjects); !allowed)
        return allowed.error();
    if (keepId == dropId)
        return Error::invalid(tr("A subject cannot be merged into itself."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto keep = find(keepId);
    if (!keep)
        return keep.error();
    auto drop = find(dropId);
    if (!drop)
        return drop.error();
    if (keep->version != keepVersion || drop->version != dropVersion)
        return Error::conflict(tr("Someone changed one of the two subjects meanwhile. Open them again and repeat the "
                                  "merge."));
    if (keep->status != QLatin1String("active") || drop->status != QLatin1String("active"))
        return Error::invalid(tr("Only subjects that are not already merged can be merged."));
    if (keep->isNaturalPerson() != drop->isNaturalPerson())
        return Error::invalid(tr("A natural person and an organisation cannot be one subject."));
    auto clashes = m_db.exec(QStringLiteral("SELECT d.decision_number FROM credit_records d JOIN credit_records k ON "
                                            "k.subject_id = ? AND k.authority = d.authority AND k.decision_number = "
                                            "d.decision_number WHERE d.subject_id = ? ORDER BY d.id LIMIT 5"),
                             {keepId, dropId});
    if (!clashes)
        return clashes.error();
    QStringList numbers;
    while (clashes->next())
        numbers << clashes->value(0).toString();
    if (!numbers.isEmpty())
        return Error::conflict(tr("Both subjects have the decision %1: one of the two records must be revoked before "
                                  "the subjects are merged.")
                                   .arg(numbers.join(QStringLiteral(", "))));
    auto moved = m_db.exec(QStringLiteral("UPDATE credit_records SET subject_id = ?, version = version + 1 WHERE "
                                          "subject_id = ?"),
                           {keepId, dropId});
    if (!moved)
        return moved.error();
    const int movedCount = moved->numRowsAffected();
    auto marked
        = m_db.exec(QStringLiteral("UPDATE subjects SET status = 'merged', merged_into = ?, version = version + "
                                   "1 WHERE id = ? AND version = ?"),
                    {keepId, dropId, dropVersion});
    if (!marked)
        return marked.error();
    auto bumped = m_db.exec(QStringLiteral("UPDATE subjects SET version = version + 1 WHERE id = ? AND version = ?"),
                            {keepId, keepVersion});
    if (!bumped)
        return bumped.error();
    if (marked->numRowsAffected() != 1 || bumped->numRowsAffected() != 1)
        return Error::conflict(tr("Someone changed one of the two subjects meanwhile. Open them again and repeat the "
                                  "merge."));
    const QString detail
        = QStringLiteral("%1 merged into %2; %3 records moved").arg(label(*drop), label(*keep)).arg(movedCount);
    for (const qint64 id : {keepId, dropId}) {
        if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("subject.merged"), QStringLiteral("subject"),
                                            QString::number(id), true, detail);
            !audited)
            return audited.error();
    }
    auto result = find(keepId);
    if (!result)
        return result.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *result;
}
