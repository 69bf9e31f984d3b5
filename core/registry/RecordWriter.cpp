#include "RecordWriter.h"

#include "Masking.h"
#include "SubjectNameIndex.h"
#include "SubjectNames.h"
#include "security/Actor.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"

#include <QSet>

namespace {
QString keyOf(const Subject& subject)
{
    return subject.idType + u':' + subject.code;
}

// "(?, ?, ?), (?, ?, ?)" for `rows` rows of `columns` parameters.
QString placeholders(int rows, int columns)
{
    QString one = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i)
        one += QStringLiteral(", ?");
    one += u')';
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all << one;
    return all.join(QStringLiteral(", "));
}

// YYYY-MM-DD without QDate::toString, whose formatting goes through a printf: three dates a row made
// it a twentieth of an import.
QString isoDate(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    char16_t text[10] = {char16_t(u'0' + year / 1000 % 10),
                         char16_t(u'0' + year / 100 % 10),
                         char16_t(u'0' + year / 10 % 10),
                         char16_t(u'0' + year % 10),
                         u'-',
                         char16_t(u'0' + month / 10),
                         char16_t(u'0' + month % 10),
                         u'-',
                         char16_t(u'0' + day / 10),
                         char16_t(u'0' + day % 10)};
    return QString::fromUtf16(text, 10);
}

const QString kRecordColumns = QStringLiteral(
    "INSERT INTO credit_records (subject_id, catalog_item_id, source_department_id, decision_number, authority, facts, "
    "basis, content, violation_type, penalty_kind, amount_fen, tier, decision_date, rule_profile_id, repairable_from, "
    "publish_until, status, note, import_id, created_by) VALUES ");
constexpr int kRecordParams = 20;
} // namespace

RecordWriter::RecordWriter(Database& db, const Actor& actor, qint64 departmentId, qint64 importId)
    : m_db(db)
    , m_actor(actor)
    , m_departmentId(departmentId)
    , m_importId(importId)
{ }

RecordWriter::~RecordWriter() = default;

Result<BulkStatement*> RecordWriter::statement(std::map<int, std::unique_ptr<BulkStatement>>& cache, int rows,
                                               const QString& head, int columns, const QString& tail)
{
    auto found = cache.find(rows);
    if (found != cache.end())
        return found->second.get();
    auto prepared = BulkStatement::prepare(m_db, head + placeholders(rows, columns) + tail);
    if (!prepared)
        return prepared.error();
    return cache.emplace(rows, std::move(*prepared)).first->second.get();
}

Status RecordWriter::resolveSubjects(const QList<const RecordInput*>& rows, const QList<int>& lines,
                                     QStringList& warnings)
{
    // Codes of this batch not met before in the import, each once.
    QList<int> unknown;
    QSet<QString> asked;
    for (int i = 0; i < rows.size(); ++i) {
        const QString key = keyOf(rows.at(i)->subject);
        if (!m_subjects.contains(key) && !asked.contains(key)) {
            asked.insert(key);
            unknown << i;
        }
    }
    if (unknown.isEmpty())
        return {};
    auto find
        = statement(m_findStatements, int(unknown.size()),
                    QStringLiteral("SELECT id, id_type, code, name, status, COALESCE(merged_into, 0) FROM subjects "
                                   "WHERE code IN ("),
                    1, QStringLiteral(")"));
    if (!find)
        return find.error();
    QVariantList codes;
    for (const int i : std::as_const(unknown))
        codes << rows.at(i)->subject.code;
    // "IN ((?), (?))": a list of parenthesised values, which both engines accept.
    auto found = (*find)->run(codes);
    if (!found)
        return found.error();
    QHash<QString, QString> registeredNames;
    for (const auto& row : std::as_const(*found)) {
        const QString key = row.at(1).toString() + u':' + row.at(2).toString();
        qint64 id = row.at(0).toLongLong();
        if (row.at(4).toString() == QLatin1String("merged"))
            id = row.at(5).toLongLong(); // the registration it was merged into
        m_subjects.insert(key, id);
        registeredNames.insert(key, row.at(3).toString());
    }

    QList<int> fresh;
    for (const int i : std::as_const(unknown)) {
        const Subject& subject = rows.at(i)->subject;
        const QString key = keyOf(subject);
        if (!m_subjects.contains(key)) {
            fresh << i;
            continue;
        }
        const QString registered = registeredNames.value(key);
        if (!registered.isEmpty() && registered != subject.name)
            warnings
                << tr("line %1: the registry knows %2 as \"%3\", the file calls it \"%4\"; the registered name was "
                      "kept")
                       .arg(lines.at(i))
                       .arg(Masking::code(subject.idType, subject.code), registered, subject.name);
    }
    if (fresh.isEmpty())
        return {};
    auto add = statement(m_subjectStatements, int(fresh.size()),
                         QStringLiteral("INSERT INTO subjects (kind, id_type, code, name, name_search, "
                                        "legal_representative, department_id) VALUES "),
                         7, QStringLiteral(" RETURNING id, id_type, code"));
    if (!add)
        return add.error();
    QVariantList values;
    values.reserve(fresh.size() * 7);
    for (const int i : std::as_const(fresh)) {
        const Subject& s = rows.at(i)->subject;
        values << s.kind << s.idType << s.code << s.name << SubjectNames::searchKey(s.name) << s.legalRepresentative
               << m_departmentId;
    }
    auto added = (*add)->run(values);
    if (!added)
        return added.error();
    QHash<QString, QString> keys; // "id_type:code" → name search key
    for (const int i : std::as_const(fresh))
        keys.insert(keyOf(rows.at(i)->subject), SubjectNames::searchKey(rows.at(i)->subject.name));
    QList<QPair<qint64, QString>> named;
    for (const auto& row : std::as_const(*added)) {
        const QString key = row.at(1).toString() + u':' + row.at(2).toString();
        m_subjects.insert(key, row.at(0).toLongLong());
        named << qMakePair(row.at(0).toLongLong(), keys.value(key));
    }
    if (auto indexed = SubjectNameIndex::add(m_db, named); !indexed)
        return indexed;
    m_newSubjects += int(fresh.size());
    return {};
}

Result<int> RecordWriter::write(const QList<const RecordInput*>& rows, const QList<int>& lines, QStringList& warnings)
{
    if (rows.isEmpty())
        return 0;
    if (auto resolved = resolveSubjects(rows, lines, warnings); !resolved)
        return resolved.error();
    auto insert = statement(m_recordStatements, int(rows.size()), kRecordColumns, kRecordParams,
                            QStringLiteral(" ON CONFLICT (authority, decision_number, subject_id) DO NOTHING"));
    if (!insert)
        return insert.error();
    QVariantList values;
    values.reserve(rows.size() * kRecordParams);
    const QVariant importId = m_importId > 0 ? QVariant(m_importId) : QVariant();
    for (const auto* row : rows) {
        const CreditRecord& r = row->record;
        const qint64 subjectId = m_subjects.value(keyOf(row->subject));
        if (subjectId == 0)
            return Error::storage(tr("A subject of the file could not be registered."));
        values << subjectId << r.catalogItemId << m_departmentId << r.decisionNumber << r.authority << r.facts
               << r.basis << r.content << r.violationType << r.penaltyKind
               << (r.amountFen ? QVariant(*r.amountFen) : QVariant()) << r.tier << isoDate(r.decisionDate)
               << r.ruleProfileId << isoDate(r.repairableFrom) << isoDate(r.publishUntil) << r.status << r.note
               << importId << m_actor.login;
    }
    if (auto ran = (*insert)->run(values); !ran)
        return ran.error();
    return int((*insert)->rowsAffected());
}
