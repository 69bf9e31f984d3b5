#include "RegistryExport.h"

#include "Masking.h"
#include "RecordTerms.h"
#include "SubjectIdentity.h"
#include "SubjectNames.h"
#include "reference/ReferenceTerms.h"
#include "security/Actor.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <xlsxwriter.h>

namespace {
// RFC 4180: quote a field that holds a separator, a quote or a line break; double inner quotes.
QString csvField(const QString& cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString quoted = cell;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

class CsvWriter : public RegistryExport::TableWriter
{
public:
    explicit CsvWriter(const QString& path)
        : m_file(path)
    { }
    Status open(const QStringList& headers)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return Error::environment(
                RegistryExport::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_file.write("\xEF\xBB\xBF");
        return row(headers);
    }
    Status row(const QStringList& cells) override
    {
        QStringList fields;
        fields.reserve(cells.size());
        for (const auto& cell : cells)
            fields << csvField(RegistryExport::neutralise(cell));
        m_file.write((fields.join(u',') + QStringLiteral("\r\n")).toUtf8());
        return {};
    }
    Status finish() override
    {
        if (!m_file.commit())
            return Error::environment(
                RegistryExport::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }

private:
    QSaveFile m_file;
};

// libxlsxwriter writes to a path of its own; it writes a temporary file beside the target, renamed at
// the end, so a failure never leaves a broken workbook under the officer's name.
class XlsxWriter : public RegistryExport::TableWriter
{
public:
    explicit XlsxWriter(const QString& path)
        : m_path(path)
        , m_temporary(path + QStringLiteral(".part"))
    { }
    ~XlsxWriter() override
    {
        if (m_workbook) {
            workbook_close(m_workbook);
            QFile::remove(m_temporary);
        }
    }
    Status open(const QStringList& headers)
    {
        m_workbook = workbook_new(QFile::encodeName(m_temporary).constData());
        if (!m_workbook)
            return Error::environment(RegistryExport::tr("Cannot write %1.").arg(m_path));
        m_sheet = workbook_add_worksheet(m_workbook, nullptr);
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        return write(headers, m_bold);
    }
    Status row(const QStringList& cells) override { return write(cells, nullptr); }
    Status finish() override
    {
        const lxw_error closed = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (closed != LXW_NO_ERROR) {
            QFile::remove(m_temporary);
            return Error::environment(RegistryExport::tr("Cannot write %1.").arg(m_path),
                                      QString::fromUtf8(lxw_strerror(closed)));
        }
        QFile::remove(m_path);
        if (!QFile::rename(m_temporary, m_path))
            return Error::environment(RegistryExport::tr("Cannot write %1.").arg(m_path));
        return {};
    }

private:
    Status write(const QStringList& cells, lxw_format* format)
    {
        // The sheet's limit is 1,048,576 rows: beyond it the export says so instead of cutting silently.
        if (m_row >= LXW_ROW_MAX)
            return Error::invalid(RegistryExport::tr("An XLSX sheet holds at most 1,048,576 rows; export to CSV or "
                                                     "narrow the filter."));
        for (int column = 0; column < cells.size(); ++column) {
            const QByteArray text = RegistryExport::neutralise(cells.at(column)).toUtf8();
            worksheet_write_string(m_sheet, m_row, lxw_col_t(column), text.constData(), format);
        }
        ++m_row;
        return {};
    }

    QString m_path;
    QString m_temporary;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_row_t m_row = 0;
};

Status audit(Database& db, const Actor& actor, const QString& what, const QString& path, qint64 rows)
{
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.status();
    if (auto audited = AuditLog::append(db, actor, QStringLiteral("registry.exported"), what,
                                        QFileInfo(path).fileName(), true, QStringLiteral("%1 rows").arg(rows));
        !audited)
        return audited;
    return transaction.commit();
}
} // namespace

QString RegistryExport::neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + cell;
    return cell;
}

Result<std::unique_ptr<RegistryExport::TableWriter>> RegistryExport::open(const QString& path,
                                                                          const QStringList& headers)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        auto writer = std::make_unique<CsvWriter>(path);
        if (auto opened = writer->open(headers); !opened)
            return opened.error();
        return std::unique_ptr<TableWriter>(std::move(writer));
    }
    if (suffix == QLatin1String("xlsx")) {
        auto writer = std::make_unique<XlsxWriter>(path);
        if (auto opened = writer->open(headers); !opened)
            return opened.error();
        return std::unique_ptr<TableWriter>(std::move(writer));
    }
    return Error::invalid(tr("Export to a file ending in .csv or .xlsx, not %1.").arg(QFileInfo(path).fileName()));
}

namespace {
// Writes every row of a query through `cells`, then moves the file into place and audits the export.
Result<qint64> copyRows(Database& db, const Actor& actor, const QString& what, const QString& path,
                        const QStringList& headers, const QString& sql, const QVariantList& params,
                        const std::function<QStringList(const QSqlQuery&)>& cells,
                        const std::function<bool(qint64)>& progress)
{
    if (auto allowed = Permissions::require(actor, Permission::ExportRegistry); !allowed)
        return allowed.error();
    auto writer = RegistryExport::open(path, headers);
    if (!writer)
        return writer.error();
    auto rows = db.exec(sql, params);
    if (!rows)
        return rows.error();
    qint64 count = 0;
    while (rows->next()) {
        if (auto written = (*writer)->row(cells(*rows)); !written)
            return written.error();
        ++count;
        if (progress && count % 1000 == 0 && !progress(count))
            return Error::invalid(RegistryExport::tr("The export was cancelled; no file was written."));
    }
    rows->finish();
    if (auto finished = (*writer)->finish(); !finished)
        return finished.error();
    if (auto audited = audit(db, actor, what, path, count); !audited)
        return audited.error();
    return count;
}
} // namespace

Result<qint64> RegistryExport::records(Database& db, const Actor& actor, const RecordFilter& filter,
                                       const QString& path, const std::function<bool(qint64)>& progress)
{
    QVariantList params;
    const QString sql = RecordList::selectSql(filter, RecordList::orderBy(RecordId, true), params);
    const auto cells = [](const QSqlQuery& q) {
        const QVariant amount = q.value(RecordAmountFen);
        return QStringList{
            q.value(RecordSubjectName).toString(),
            ReferenceTerms::subjectKindName(q.value(RecordSubjectKind).toString()),
            Masking::code(q.value(RecordSubjectIdType).toString(), q.value(RecordSubjectCode).toString()),
            q.value(RecordDecisionNumber).toString(),
            q.value(RecordAuthority).toString(),
            RecordTerms::tierName(q.value(RecordTier).toString()),
            q.value(RecordDecisionDate).toString(),
            q.value(RecordRepairableFrom).toString(),
            q.value(RecordPublishUntil).toString(),
            RecordTerms::statusName(q.value(RecordStatus).toString()),
            q.value(RecordDepartment).toString(),
            q.value(RecordItemName).toString(),
            amount.isNull() ? QString() : RecordTerms::formatWan(amount.toLongLong())};
    };
    return copyRows(db, actor, QStringLiteral("credit_records"), path,
                    {tr("Subject"), tr("Kind of subject"), tr("Code"), tr("Decision number"), tr("Deciding authority"),
                     tr("Tier"), tr("Decision date"), tr("Repair possible from"), tr("Publication ends"), tr("Status"),
                     tr("Source department"), tr("Catalog item"), tr("Fine (10,000 yuan)")},
                    sql, params, cells, progress);
}

Result<qint64> RegistryExport::subjects(Database& db, const Actor& actor, const QString& nameOrCode,
                                        const QString& path, const std::function<bool(qint64)>& progress)
{
    QString sql = QStringLiteral("SELECT name, kind, id_type, code, legal_representative, status FROM subjects");
    QVariantList params;
    if (const QString key = SubjectNames::searchKey(nameOrCode); !key.isEmpty()) {
        const QString code = nameOrCode.trimmed().toUpper();
        sql += QStringLiteral(" WHERE name_search LIKE ? ESCAPE '\\' OR (code >= ? AND code < ?)");
        params << SubjectNames::containsPattern(key) << code << code + QChar(0xFFFF);
    }
    const auto cells = [](const QSqlQuery& q) {
        const QString idType = q.value(2).toString();
        return QStringList{q.value(0).toString(),
                           ReferenceTerms::subjectKindName(q.value(1).toString()),
                           SubjectIdentity::idTypeName(idType),
                           Masking::code(idType, q.value(3).toString()),
                           q.value(4).toString(),
                           q.value(5).toString()};
    };
    return copyRows(db, actor, QStringLiteral("subjects"), path,
                    {tr("Subject"), tr("Kind of subject"), tr("Certificate type"), tr("Code"),
                     tr("Legal representative"), tr("Status")},
                    sql + QStringLiteral(" ORDER BY id"), params, cells, progress);
}
