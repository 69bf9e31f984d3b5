#include "io/TableSource.h"

#include "io/CsvReader.h"
#include "io/TextDecoding.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
class TableSource
{
    Q_DECLARE_TR_FUNCTIONS(TableSource)

public:
    static Result<QList<SourceRow>> readCsv(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::environment(tr("The file %1 cannot be opened.").arg(path), file.errorString());
        auto decoded = TextDecoding::decode(file.readAll());
        if (!decoded)
            return decoded.error();
        return CsvReader::readAll(decoded->text);
    }

    static Result<QList<SourceRow>> read(const QString& path)
    {
        const QString suffix = QFileInfo(path).suffix();
        const QString lower = suffix.toLower();
        if (lower == u"csv" || lower == u"txt")
            return readCsv(path);
        if (lower == u"xlsx")
            return XlsxReader::read(path);
        if (lower == u"xls" || lower == u"et")
            return Error::invalid(tr("The file is in the old binary Excel format (.%1), which cannot be read. "
                                     "Open it in Excel or WPS and save it as an Excel workbook (.xlsx).")
                                      .arg(suffix));
        if (suffix.isEmpty())
            return Error::invalid(tr("The file has no extension: use a .csv or .xlsx file."));
        return Error::invalid(
            tr("Files with the extension \".%1\" cannot be imported: use a .csv or .xlsx file.").arg(suffix));
    }
};
} // namespace

bool isBlankRow(const QList<SourceCell>& cells)
{
    for (const SourceCell& cell : cells) {
        for (QChar c : cell.text) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

Result<QList<SourceRow>> readTable(const QString& path)
{
    return TableSource::read(path);
}
