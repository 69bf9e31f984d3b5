#include "RecordImporter.h"

#include "Clock.h"
#include "Masking.h"
#include "RecordRules.h"
#include "RecordTerms.h"
#include "RecordWriter.h"
#include "SubjectIdentity.h"
#include "SubjectNames.h"
#include "io/DateParser.h"
#include "io/FileDigest.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {
constexpr int kHeaderSearchRows = 10;
constexpr int kProgressEvery = 500;

// 行政相对人类别 as the standard and departments write it.
QString kindFromLabel(const QString& label)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("法人及非法人组织"), QStringLiteral("legal_person")},
        {QStringLiteral("法人"), QStringLiteral("legal_person")},
        {QStringLiteral("法人组织"), QStringLiteral("legal_person")},
        {QStringLiteral("法人及其他组织"), QStringLiteral("legal_person")}, // the 2016 standard's wording
        {QStringLiteral("其他组织"), QStringLiteral("unincorporated")},
        {QStringLiteral("非法人组织"), QStringLiteral("unincorporated")},
        {QStringLiteral("自然人"), QStringLiteral("natural_person")},
        {QStringLiteral("个体工商户"), QStringLiteral("individual_business")},
        {QStringLiteral("legal_person"), QStringLiteral("legal_person")},
        {QStringLiteral("unincorporated"), QStringLiteral("unincorporated")},
        {QStringLiteral("natural_person"), QStringLiteral("natural_person")},
        {QStringLiteral("individual_business"), QStringLiteral("individual_business")},
    };
    QString key = label;
    key.remove(u' ').remove(QChar(0x3000));
    return kinds.value(key);
}

// One data row, read into a record: cells parsed, every problem of the row collected.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    RowReader(const QList<ImportColumn>& columns, const RecordRules& rules, QDate today)
        : m_rules(rules)
        , m_today(today)
    {
        for (const auto& column : columns) {
            if (column.field)
                m_columns.insert(*column.field, column);
        }
    }

    QString columnName(RecordField field) const
    {
        const auto found = m_columns.constFind(field);
        return found == m_columns.constEnd() ? RecordFields::header(field) : found->header;
    }

    RecordInput read(const SourceRow& row, QList<ImportProblem>& problems, QStringList& warnings) const
    {
        QList<FieldProblem> fieldProblems;
        const auto problem = [&](RecordField field, const QString& reason) {
            fieldProblems << FieldProblem{field, reason};
        };
        RecordInput input;
        input.subject.name = text(row, RecordField::SubjectName);
        input.subject.legalRepresentative = text(row, RecordField::LegalRepresentative);

        const QString kindLabel = text(row, RecordField::SubjectKind).trimmed();
        input.subject.kind = kindFromLabel(kindLabel);
        if (input.subject.kind.isEmpty())
            problem(RecordField::SubjectKind,
                    kindLabel.isEmpty() ? tr("is empty")
                                        : tr("\"%1\" is not 法人及非法人组织, 自然人 or 个体工商户").arg(kindLabel));
        const bool person = input.subject.kind == QLatin1String("natural_person");
        const RecordField codeField = person ? RecordField::IdNumber : RecordField::Uscc;
        if (person) {
            const QString typeLabel = text(row, RecordField::IdType).trimmed();
            input.subject.idType = SubjectIdentity::idTypeFromLabel(typeLabel);
            if (input.subject.idType.isEmpty())
                problem(RecordField::IdType, tr("\"%1\" is not a certificate type this office knows").arg(typeLabel));
        }
        const SourceCell codeCell = cell(row, codeField);
        if (codeCell.numeric && !codeCell.text.trimmed().isEmpty()) {
            // A person's number is not repeated in the report, not even as Excel left it.
            problem(codeField,
                    person ? tr("the cell holds a number, not text: Excel keeps only 15 digits of a number, "
                                "so the ID number may have lost digits or its X; format the column as "
                                "text and type it again")
                           : tr("the cell holds the number %1: Excel keeps only 15 digits of a number, so "
                                "the code may have lost digits; format the column as text and type it "
                                "again")
                                 .arg(codeCell.text));
            input.codeReported = true;
        } else {
            input.subject.code = codeCell.text;
        }

        CreditRecord& record = input.record;
        record.decisionNumber = text(row, RecordField::DecisionNumber);
        record.authority = text(row, RecordField::Authority);
        record.facts = text(row, RecordField::Facts);
        record.basis = text(row, RecordField::Basis);
        record.content = text(row, RecordField::Content);
        record.violationType = text(row, RecordField::ViolationType);
        record.penaltyKind = text(row, RecordField::PenaltyKind);
        record.note = text(row, RecordField::Note);

        const SourceCell dateCell = cell(row, RecordField::DecisionDate);
        if (dateCell.text.trimmed().isEmpty())
            problem(RecordField::DecisionDate, tr("is empty"));
        else if (auto date = parseImportDate(dateCell))
            record.decisionDate = *date;
        else
            problem(RecordField::DecisionDate,
                    tr("\"%1\" is not a date; write it as 2026-03-05").arg(dateCell.text.trimmed()));

        const SourceCell untilCell = cell(row, RecordField::PublishUntil);
        if (!untilCell.text.trimmed().isEmpty()) {
            if (auto until = parseImportDate(untilCell))
                input.declaredPublishUntil = *until;
            else
                warnings << tr("line %1: %2 \"%3\" is not a date and was ignored")
                                .arg(row.line)
                                .arg(columnName(RecordField::PublishUntil), untilCell.text.trimmed());
        }

        const QString tierLabel = text(row, RecordField::Tier).trimmed();
        if (auto tier = RecordTerms::tierFromLabel(tierLabel))
            record.tier = RecordTerms::tierId(*tier);
        else
            problem(RecordField::Tier,
                    tierLabel.isEmpty() ? tr("is empty") : tr("\"%1\" is not 轻微, 一般 or 严重").arg(tierLabel));

        readAmount(cell(row, RecordField::Amount), record, problem);

        QStringList ruleWarnings;
        m_rules.check(input, m_today, fieldProblems, ruleWarnings);
        for (const auto& warning : ruleWarnings)
            warnings << tr("line %1: %2").arg(row.line).arg(warning);
        for (const auto& found : fieldProblems)
            problems << ImportProblem{row.line, columnName(found.field), found.reason};
        return input;
    }

private:
    SourceCell cell(const SourceRow& row, RecordField field) const
    {
        const auto found = m_columns.constFind(field);
        if (found == m_columns.constEnd() || found->index >= row.cells.size())
            return {};
        return row.cells.at(found->index);
    }
    QString text(const SourceRow& row, RecordField field) const { return cell(row, field).text; }

    template <typename Report> void readAmount(const SourceCell& amount, CreditRecord& record, Report problem) const
    {
        const QString text = amount.text.trimmed();
        if (text.isEmpty())
            return;
        if (amount.numeric) {
            // A number cell holds a double: 0.1 is 0.1000000000000000055..., so round to the 分.
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (ok && value >= 0 && value < 1e12) {
                record.amountFen = qint64(std::llround(value * 1e6));
                return;
            }
        } else if (auto fen = RecordTerms::parseWan(text)) {
            record.amountFen = *fen;
            return;
        }
        problem(RecordField::Amount, tr("\"%1\" is not an amount in 10,000 yuan, such as 0.5").arg(text));
    }

    QHash<RecordField, ImportColumn> m_columns;
    const RecordRules& m_rules;
    QDate m_today;
};

// Runs a RowReader over every data row on its own thread; the writer waits for the rows it needs.
class RowChecker
{
public:
    RowChecker(RowReader reader, const QList<SourceRow>& table, int headerIndex, QList<RecordInput>& inputs)
        : m_reader(std::move(reader))
        , m_table(table)
        , m_first(headerIndex + 1)
        , m_inputs(inputs)
        , m_thread([this] { run(); })
    { }
    ~RowChecker() { finish(true); }

    // Blocks until rows [0, rows) are checked; false as soon as any row has a problem.
    bool waitFor(int rows)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_checked >= rows || m_failed || m_done; });
        return !m_failed;
    }
    int checked()
    {
        const std::lock_guard lock(m_mutex);
        return m_checked;
    }
    // Waits for the thread; `abandon` stops it early (the import is cancelled or failed).
    void finish(bool abandon)
    {
        m_abandon = m_abandon || abandon;
        if (m_thread.joinable())
            m_thread.join();
    }
    QList<ImportProblem> problems() const
    {
        QList<ImportProblem> sorted = m_problems;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
        return sorted;
    }
    const QStringList& warnings() const { return m_warnings; }

private:
    void run()
    {
        for (int i = 0; i < m_inputs.size() && !m_abandon; ++i) {
            const qsizetype before = m_problems.size();
            m_inputs[i] = m_reader.read(m_table.at(m_first + i), m_problems, m_warnings);
            const std::lock_guard lock(m_mutex);
            m_checked = i + 1;
            m_failed = m_failed || m_problems.size() > before;
            m_changed.notify_all();
        }
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    RowReader m_reader;
    const QList<SourceRow>& m_table;
    int m_first;
    QList<RecordInput>& m_inputs;
    QList<ImportProblem> m_problems; // the checking thread's until finish()
    QStringList m_warnings;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_checked = 0;
    bool m_failed = false;
    bool m_done = false;
    std::atomic<bool> m_abandon = false;
    std::thread m_thread; // last: starts once everything above is ready
};
} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray problems;
    for (const auto& problem : rejected)
        problems.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("reason"), problem.reason}});
    return QJsonObject{{QStringLiteral("file"), fileName},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("accepted"), accepted},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("new_subjects"), newSubjects},
                       {QStringLiteral("rejected"), problems},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("imported"), imported()}};
}

int RecordImporter::findHeaderRow(const QList<SourceRow>& rows)
{
    // Departments often put a title ("2026年第10周行政处罚信息") above the header: the header is the
    // row among the first few that names the most known columns.
    int best = -1;
    int bestCount = 2;
    for (int i = 0; i < std::min<qsizetype>(rows.size(), kHeaderSearchRows); ++i) {
        int known = 0;
        for (const auto& column : mapColumns(rows.at(i)))
            known += column.field ? 1 : 0;
        if (known > bestCount) {
            best = i;
            bestCount = known;
        }
    }
    return best;
}

QList<ImportColumn> RecordImporter::mapColumns(const SourceRow& header)
{
    QList<ImportColumn> columns;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells.at(i).text.trimmed();
        columns << ImportColumn{i, name, RecordFields::fromHeader(name)};
    }
    return columns;
}

Result<qint64> RecordImporter::sendingDepartment(const Actor& actor, qint64 requested)
{
    auto officeRow
        = m_db.scalar(QStringLiteral("SELECT is_credit_office FROM departments WHERE id = ?"), {actor.departmentId});
    if (!officeRow)
        return officeRow.error();
    const bool creditOffice = !actor.isUser() || officeRow->toInt() == 1;
    qint64 department = requested > 0 ? requested : actor.departmentId;
    if (department == 0) {
        auto office = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE is_credit_office = 1 ORDER BY id "
                                                 "LIMIT 1"));
        if (!office)
            return office.error();
        department = office->toLongLong();
    }
    // A department sends its own decisions; the credit office collects for every department.
    if (!creditOffice && department != actor.departmentId)
        return Error::denied(tr("Officers of %1 import their own department's files only.").arg(actor.department));
    auto exists
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM departments WHERE id = ? AND active = 1"), {department});
    if (!exists)
        return exists.error();
    if (exists->toInt() != 1)
        return Error::invalid(tr("There is no active department number %1.").arg(department));
    return department;
}

Status RecordImporter::recordRefusal(const Actor& actor, const ImportReport& report)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    auto recorded = m_db.exec(
        QStringLiteral("INSERT INTO record_imports (file_name, sha256, department_id, outcome, rows_total, accepted, "
                       "duplicates, rejected, warnings, user_login) VALUES (?, ?, ?, 'refused', ?, 0, 0, ?, ?, ?)"),
        {report.fileName, report.sha256, report.departmentId, report.rows, int(report.rejected.size()),
         int(report.warnings.size()), actor.login});
    if (!recorded)
        return recorded.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("records.import_refused"), QStringLiteral("import"),
                                        report.sha256, false,
                                        QStringLiteral("%1: %2 problems in %3 rows")
                                            .arg(report.fileName)
                                            .arg(report.rejected.size())
                                            .arg(report.rows));
        !audited)
        return audited;
    return transaction.commit();
}

Result<ImportReport> RecordImporter::importFile(const Actor& actor, const QString& path, const ImportOptions& options)
{
    if (auto allowed = Permissions::require(actor, Permission::ImportRecords); !allowed)
        return allowed.error();
    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    report.dryRun = options.dryRun;
    auto department = sendingDepartment(actor, options.departmentId);
    if (!department)
        return department.error();
    report.departmentId = *department;
    auto table = readTable(path);
    if (!table)
        return table.error();
    report.sha256 = fileSha256(path);

    const int headerIndex = findHeaderRow(*table);
    if (headerIndex < 0) {
        report.rejected << ImportProblem{table->isEmpty() ? 1 : table->first().line,
                                         {},
                                         tr("no row of the first %1 names the columns of the administrative-penalty "
                                            "data standard (行政相对人名称, 行政处罚决定书文号, ...)")
                                             .arg(kHeaderSearchRows)};
        if (!options.dryRun)
            if (auto recorded = recordRefusal(actor, report); !recorded)
                return recorded.error();
        return report;
    }
    const SourceRow& header = table->at(headerIndex);
    report.headerLine = header.line;
    report.columns = mapColumns(header);
    QSet<RecordField> seen;
    for (const auto& column : report.columns) {
        if (!column.field) {
            if (!column.header.isEmpty())
                report.warnings
                    << tr("the column \"%1\" is not part of the standard and was ignored").arg(column.header);
            continue;
        }
        if (seen.contains(*column.field))
            report.rejected << ImportProblem{header.line, column.header,
                                             tr("a second column for %1").arg(RecordFields::header(*column.field))};
        seen.insert(*column.field);
    }
    for (const RecordField field : RecordFields::required()) {
        if (!seen.contains(field))
            report.rejected << ImportProblem{header.line, RecordFields::header(field),
                                             tr("the required column is missing")};
    }

    // A file whose columns are wrong is refused on its header alone: every row would repeat it.
    if (!report.rejected.isEmpty()) {
        if (!options.dryRun)
            if (auto recorded = recordRefusal(actor, report); !recorded)
                return recorded.error();
        return report;
    }

    auto rules = RecordRules::load(m_db);
    if (!rules)
        return rules.error();
    const int dataRows = int(table->size()) - headerIndex - 1;
    report.rows = dataRows;
    const int total = dataRows * 2;
    int reported = 0;
    const auto cancelled = [&](int done) {
        if (!options.progress || (done - reported < kProgressEvery && done != total))
            return false;
        reported = done;
        return !options.progress(done, total);
    };

    // Rows are checked on a second thread while this one writes the checked ones, inside one
    // transaction: a problem anywhere stops the writing and rolls everything back, so a bad file is
    // still refused whole and reported whole, and a good one costs the longer of the two jobs rather
    // than their sum. A dry run rolls back too, so its counts are exact.
    QList<RecordInput> inputs(dataRows);
    RowChecker checker(RowReader(report.columns, *rules, Clock::currentDate()), *table, headerIndex, inputs);
    const auto stopChecking = qScopeGuard([&checker] { checker.finish(/*abandon=*/true); });

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    auto importRow = m_db.exec(
        QStringLiteral("INSERT INTO record_imports (file_name, sha256, department_id, outcome, rows_total, user_login) "
                       "VALUES (?, ?, ?, 'imported', ?, ?) RETURNING id"),
        {report.fileName, report.sha256, report.departmentId, report.rows, actor.login});
    if (!importRow)
        return importRow.error();
    const qint64 importId = importRow->next() ? importRow->value(0).toLongLong() : 0;
    importRow->finish();
    // PostgreSQL caches a generic plan after five runs of a prepared statement, made while the
    // tables were still small (a sequential scan), and would keep scanning as the import grows them.
    if (auto planned = m_db.planEachStatement(); !planned)
        return planned.error();
    RecordWriter writer(m_db, actor, report.departmentId, importId);
    QStringList writeWarnings;
    for (int start = 0; start < dataRows; start += RecordWriter::kBatchRows) {
        const int end = std::min(dataRows, start + RecordWriter::kBatchRows);
        if (!checker.waitFor(end))
            break; // a row is invalid: nothing will be written
        QList<const RecordInput*> batch;
        QList<int> lines;
        for (int i = start; i < end; ++i) {
            batch << &inputs.at(i);
            lines << table->at(headerIndex + 1 + i).line;
        }
        auto added = writer.write(batch, lines, writeWarnings);
        if (!added)
            return added.error();
        report.accepted += *added;
        report.duplicates += int(batch.size()) - *added;
        if (cancelled(checker.checked() + end)) {
            report.cancelled = true;
            report.accepted = report.duplicates = 0;
            return report;
        }
    }
    checker.finish(/*abandon=*/false);
    report.rejected = checker.problems();
    report.warnings += checker.warnings() + writeWarnings;
    if (!report.rejected.isEmpty()) {
        transaction.rollback();
        report.accepted = report.duplicates = 0;
        if (!options.dryRun)
            if (auto recorded = recordRefusal(actor, report); !recorded)
                return recorded.error();
        return report;
    }
    report.newSubjects = writer.newSubjects();
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    auto counted
        = m_db.exec(QStringLiteral("UPDATE record_imports SET accepted = ?, duplicates = ?, warnings = ? WHERE "
                                   "id = ?"),
                    {report.accepted, report.duplicates, int(report.warnings.size()), importId});
    if (!counted)
        return counted.error();
    if (auto audited = AuditLog::append(m_db, actor, QStringLiteral("records.imported"), QStringLiteral("import"),
                                        QString::number(importId), true,
                                        QStringLiteral("%1 sha256=%2 accepted=%3 duplicates=%4 new_subjects=%5")
                                            .arg(report.fileName, report.sha256)
                                            .arg(report.accepted)
                                            .arg(report.duplicates)
                                            .arg(report.newSubjects));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.importId = importId;
    return report;
}
