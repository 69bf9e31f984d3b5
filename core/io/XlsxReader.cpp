#include "io/XlsxReader.h"

#include "io/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxColumns = 16384; // XFD, the last column Excel has

Error damaged(const QString& detail)
{
    return Error::invalid(XlsxReader::tr("The Excel workbook is damaged and cannot be read. Open it in Excel or WPS "
                                         "and save it again."),
                          detail);
}

Result<QByteArray> readPart(const ZipArchive& zip, const QString& name)
{
    QByteArray bytes;
    switch (zip.read(name, bytes)) {
    case ZipArchive::Entry::Read:
        return bytes;
    case ZipArchive::Entry::Missing:
        return Error::notFound(XlsxReader::tr("The workbook has no part %1.").arg(name));
    case ZipArchive::Entry::Encrypted:
        return Error::invalid(XlsxReader::tr("The workbook is protected by a password. Remove the password in Excel "
                                             "or WPS and import it again."));
    case ZipArchive::Entry::Damaged:
        break;
    }
    return damaged(name);
}

Status xmlStatus(const QXmlStreamReader& xml, const QString& part)
{
    if (!xml.hasError())
        return {};
    return damaged(u"%1, line %2: %3"_s.arg(part).arg(xml.lineNumber()).arg(xml.errorString()));
}

// Strings in OOXML escape characters XML cannot hold as _xHHHH_ (Excel writes a CR as _x000D_), and
// an underscore that would read as such an escape as _x005F_.
QString unescapeOoxml(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const ushort code = text.sliced(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result.append(QChar(code));
                i += 6;
                continue;
            }
        }
        result.append(text[i]);
    }
    return result;
}

// The text of the current <si> or <is> element: plain <t>, or the <t> of each rich text run <r>,
// leaving out phonetic guides (<rPh>) that would otherwise be read as part of the name.
QString readRichText(QXmlStreamReader& xml)
{
    const QString element = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return unescapeOoxml(text);
}

struct Workbook
{
    QString firstSheetRelation;
    bool date1904 = false; // serials count from 1904-01-01 (old Mac workbooks)
};

Result<Workbook> parseWorkbook(const QByteArray& bytes)
{
    Workbook workbook;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const auto value = xml.attributes().value("date1904"_L1);
            workbook.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            // r:id, whatever prefix the relationships namespace was given (transitional or strict).
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    workbook.firstSheetRelation = attribute.value().toString();
            }
            break;
        }
    }
    if (Status status = xmlStatus(xml, u"xl/workbook.xml"_s); !status)
        return status.error();
    return workbook;
}

// The part a relationship of xl/workbook.xml points to, or an empty string.
QString relationTarget(const QByteArray& rels, const QString& id)
{
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value("Id"_L1) != id)
            continue;
        const QString target = attributes.value("Target"_L1).toString();
        if (target.startsWith(u'/'))
            return QDir::cleanPath(target.mid(1));
        return QDir::cleanPath(u"xl/"_s + target);
    }
    return {};
}

Result<QStringList> parseSharedStrings(const QByteArray& bytes)
{
    QStringList strings;
    if (bytes.isEmpty())
        return strings; // no text cells, or only inline strings
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(readRichText(xml));
    }
    if (Status status = xmlStatus(xml, u"xl/sharedStrings.xml"_s); !status)
        return status.error();
    return strings;
}

// For each cell format (<cellXfs>, indexed by a cell's s attribute), whether it shows a date.
Result<QList<bool>> parseDateStyles(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return QList<bool>(); // no styles: no dates
    QHash<int, QString> customFormats;
    QList<int> formatIds;
    bool inCellXfs = false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"numFmt")
                customFormats.insert(attributes.value("numFmtId"_L1).toInt(),
                                     attributes.value("formatCode"_L1).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf")
                formatIds.append(attributes.value("numFmtId"_L1).toInt());
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (Status status = xmlStatus(xml, u"xl/styles.xml"_s); !status)
        return status.error();
    QList<bool> dates;
    dates.reserve(formatIds.size());
    for (int id : formatIds)
        dates.append(XlsxReader::isDateFormat(id, customFormats.value(id)));
    return dates;
}

// Column index (0 for A) of a reference such as "B7", or -1 when it has no column letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 3; ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

// A 1904-system serial as its 1900-system equivalent, so that every date serial means the same day.
QString serialFrom1904(const QString& serial)
{
    constexpr int daysBetweenSystems = 1462;
    bool ok = false;
    const qlonglong whole = serial.toLongLong(&ok);
    if (ok)
        return QString::number(whole + daysBetweenSystems);
    const double value = serial.toDouble(&ok);
    return ok ? QString::number(value + daysBetweenSystems, 'g', 15) : serial;
}

// Walks <sheetData>, turning each <c> into a SourceCell at its column.
class SheetParser
{
public:
    SheetParser(const QStringList& strings, const QList<bool>& dateStyles, bool date1904)
        : m_strings(strings)
        , m_dateStyles(dateStyles)
        , m_date1904(date1904)
    { }

    Result<QList<SourceRow>> parse(const QByteArray& bytes, const QString& part)
    {
        QList<SourceRow> rows;
        QXmlStreamReader xml(bytes);
        SourceRow row;
        int nextColumn = 0;
        int previousLine = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
                bool ok = false;
                const int number = xml.attributes().value("r"_L1).toInt(&ok);
                previousLine = ok ? number : previousLine + 1;
                row = SourceRow{previousLine, {}};
                nextColumn = 0;
            } else if (token == QXmlStreamReader::StartElement && xml.name() == u"c") {
                int column = columnOf(xml.attributes().value("r"_L1));
                if (column < 0)
                    column = nextColumn;
                if (column >= maxColumns)
                    return damaged(u"%1: cell %2"_s.arg(part, xml.attributes().value("r"_L1)));
                auto cell = readCell(xml);
                if (!cell)
                    return cell.error();
                if (column >= row.cells.size())
                    row.cells.resize(column + 1);
                row.cells[column] = std::move(*cell);
                nextColumn = column + 1;
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
                if (!isBlankRow(row.cells))
                    rows.append(std::move(row));
            }
        }
        if (Status status = xmlStatus(xml, part); !status)
            return status.error();
        return rows;
    }

private:
    Result<SourceCell> readCell(QXmlStreamReader& xml) const
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString type = attributes.value("t"_L1).toString();
        const QString reference = attributes.value("r"_L1).toString();
        const int style = attributes.value("s"_L1).toInt();
        QString value;
        QString inlineText;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"v")
                value = xml.readElementText();
            else if (token == QXmlStreamReader::StartElement && xml.name() == u"is")
                inlineText = readRichText(xml);
            else if (token == QXmlStreamReader::StartElement)
                xml.skipCurrentElement(); // <f>, <extLst>: the formula itself does not matter
            else if (token == QXmlStreamReader::EndElement && xml.name() == u"c")
                break;
        }

        SourceCell cell;
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_strings.size())
                return damaged(
                    u"cell %1 refers to shared string %2 of %3"_s.arg(reference, value).arg(m_strings.size()));
            cell.text = m_strings.at(index);
        } else if (type == u"inlineStr") {
            cell.text = inlineText;
        } else if (type == u"b") {
            cell.text = value == u"1" ? u"TRUE"_s : u"FALSE"_s;
        } else if (type == u"d") {
            cell.text = value; // ISO 8601, written by some generators instead of a serial
            cell.date = true;
        } else if (type == u"str" || type == u"e") {
            cell.text = unescapeOoxml(value);
        } else {
            // Numbers keep the stored text: 3.60429199001011E+17 must reach the validator as it is, so
            // that an identity number Excel rounded is rejected instead of being rebuilt wrong.
            cell.numeric = !value.isEmpty();
            cell.date = cell.numeric && style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style);
            cell.text = cell.date && m_date1904 ? serialFrom1904(value) : value;
        }
        return cell;
    }

    const QStringList& m_strings;
    const QList<bool>& m_dateStyles;
    bool m_date1904;
};

// [h], [mm] or [ss]: the elapsed-time parts of a format, unlike [Red], [Magenta] or [$-804].
bool isElapsedTime(QStringView bracketed)
{
    if (bracketed.isEmpty())
        return false;
    const QChar unit = bracketed[0].toLower();
    if (unit != u'h' && unit != u'm' && unit != u's')
        return false;
    for (QChar c : bracketed) {
        if (c.toLower() != unit)
            return false;
    }
    return true;
}

bool isOleCompoundFile(const QByteArray& bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

// An OLE compound file is either an old .xls or an encrypted .xlsx, whose package sits in a stream
// next to one named "EncryptionInfo" (MS-OFFCRYPTO).
Error oleError(const QByteArray& bytes)
{
    const QString name = u"EncryptionInfo"_s;
    const QByteArray utf16(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
    if (bytes.contains(utf16))
        return Error::invalid(XlsxReader::tr("The workbook is protected by a password. Remove the password in Excel "
                                             "or WPS and import it again."));
    return Error::invalid(XlsxReader::tr("The file is in the old binary Excel format (.xls), which cannot be read. "
                                         "Open it in Excel or WPS and save it as an Excel workbook (.xlsx)."));
}

Error notAWorkbook(const QString& detail = {})
{
    return Error::invalid(XlsxReader::tr("The file is not an Excel .xlsx workbook."), detail);
}

Result<QString> firstSheetPart(const ZipArchive& zip, bool& date1904)
{
    const QString fallback = u"xl/worksheets/sheet1.xml"_s;
    auto workbookXml = readPart(zip, u"xl/workbook.xml"_s);
    if (!workbookXml) {
        if (workbookXml.error().kind != Error::Kind::NotFound)
            return workbookXml.error();
        if (zip.contains(fallback))
            return fallback;
        return notAWorkbook(u"no xl/workbook.xml"_s);
    }
    auto workbook = parseWorkbook(*workbookXml);
    if (!workbook)
        return workbook.error();
    date1904 = workbook->date1904;
    auto rels = readPart(zip, u"xl/_rels/workbook.xml.rels"_s);
    if (!rels && rels.error().kind != Error::Kind::NotFound)
        return rels.error();
    const QString target = rels ? relationTarget(*rels, workbook->firstSheetRelation) : QString();
    if (!target.isEmpty() && zip.contains(target))
        return target;
    if (zip.contains(fallback))
        return fallback;
    return Error::invalid(XlsxReader::tr("The Excel workbook has no worksheet."));
}

// An optional part: missing is fine (a workbook without text or styles), damaged is not.
Result<QByteArray> readOptionalPart(const ZipArchive& zip, const QString& name)
{
    auto bytes = readPart(zip, name);
    if (!bytes && bytes.error().kind == Error::Kind::NotFound)
        return QByteArray();
    return bytes;
}
} // namespace

Result<QList<SourceRow>> XlsxReader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::environment(tr("The file %1 cannot be opened.").arg(path), file.errorString());
    return readBytes(file.readAll());
}

Result<QList<SourceRow>> XlsxReader::readBytes(const QByteArray& bytes)
{
    if (isOleCompoundFile(bytes))
        return oleError(bytes);
    if (!bytes.startsWith("PK"))
        return notAWorkbook();
    ZipArchive zip(bytes);
    if (!zip.isOpen())
        return notAWorkbook(u"not a readable zip archive"_s);

    bool date1904 = false;
    auto sheetPart = firstSheetPart(zip, date1904);
    if (!sheetPart)
        return sheetPart.error();
    auto sharedXml = readOptionalPart(zip, u"xl/sharedStrings.xml"_s);
    if (!sharedXml)
        return sharedXml.error();
    auto strings = parseSharedStrings(*sharedXml);
    if (!strings)
        return strings.error();
    auto stylesXml = readOptionalPart(zip, u"xl/styles.xml"_s);
    if (!stylesXml)
        return stylesXml.error();
    auto dateStyles = parseDateStyles(*stylesXml);
    if (!dateStyles)
        return dateStyles.error();
    auto sheetXml = readPart(zip, *sheetPart);
    if (!sheetXml)
        return sheetXml.error();
    return SheetParser(*strings, *dateStyles, date1904).parse(*sheetXml, *sheetPart);
}

bool XlsxReader::isDateFormat(int numFmtId, QStringView formatCode)
{
    // ECMA-376 Part 1 §18.8.30: 14-22 and 45-47 for every locale; 27-31, 36, 50-54, 57 and 58 are the
    // year/month/day formats of zh-CN (32-35, 55 and 56 there are times of day).
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 27 && numFmtId <= 31)
        || numFmtId == 36 || (numFmtId >= 50 && numFmtId <= 54) || numFmtId == 57 || numFmtId == 58)
        return true;
    if (numFmtId < 164 || formatCode.isEmpty())
        return false;
    bool dayOrYear = false;
    bool month = false;
    bool time = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i].toLower();
        if (c == u';') {
            break; // only the first section, for positive numbers, decides
        } else if (c == u'"') {
            const qsizetype close = formatCode.indexOf(u'"', i + 1);
            i = close < 0 ? formatCode.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, padding or fill character
        } else if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i + 1);
            const QStringView inside = formatCode.sliced(i + 1, (close < 0 ? formatCode.size() : close) - i - 1);
            if (isElapsedTime(inside))
                return false; // [h]:mm:ss counts hours past 24: a duration, not a date
            i = close < 0 ? formatCode.size() : close; // colours, conditions, [$-804] locales
        } else if (c == u'y' || c == u'd') {
            dayOrYear = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    return dayOrYear || (month && !time);
}
