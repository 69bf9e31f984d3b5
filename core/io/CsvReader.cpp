#include "io/CsvReader.h"

namespace {
bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}
} // namespace

CsvReader::CsvReader(QString text, QChar separator)
    : m_text(std::move(text))
    , m_separator(separator.isNull() ? detectSeparator(m_text) : separator)
{ }

QChar CsvReader::detectSeparator(QStringView text)
{
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    for (QChar c : text) {
        if (isLineEnd(c))
            break;
        if (c == u',')
            return u',';
        semicolons += c == u';';
        tabs += c == u'\t';
    }
    if (semicolons == 0 && tabs == 0)
        return u',';
    return semicolons >= tabs ? u';' : u'\t';
}

Result<std::optional<SourceRow>> CsvReader::next()
{
    while (!m_failed && m_pos < m_text.size()) {
        SourceRow row;
        row.line = m_line;
        if (Status status = readRow(row); !status) {
            m_failed = true;
            return status.error();
        }
        if (!isBlankRow(row.cells))
            return std::optional<SourceRow>(std::move(row));
    }
    return std::optional<SourceRow>();
}

Status CsvReader::readRow(SourceRow& row)
{
    const QChar* const data = m_text.constData();
    const qsizetype size = m_text.size();
    for (;;) {
        if (m_pos < size && data[m_pos] == u'"') {
            const int startLine = m_line;
            std::optional<QString> field = readQuotedField();
            if (!field)
                return Error::invalid(
                    tr("Line %1: a quoted field starts on this line but its closing quote is missing.").arg(startLine));
            row.cells.append(SourceCell{std::move(*field)});
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_separator && !isLineEnd(data[m_pos]))
                ++m_pos;
            row.cells.append(SourceCell{QString(data + start, m_pos - start)});
        }
        if (m_pos < size && data[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        if (m_pos < size) {
            // CRLF counts as one line end, as do a lone CR (old Mac files) and a lone LF.
            if (data[m_pos] == u'\r' && m_pos + 1 < size && data[m_pos + 1] == u'\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
        }
        return {};
    }
}

// Reads from the opening quote to the separator or line end that follows the closing quote; text between
// the closing quote and the separator is kept as Excel keeps it. Nullopt when the closing quote is missing.
std::optional<QString> CsvReader::readQuotedField()
{
    const QChar* const data = m_text.constData();
    const qsizetype size = m_text.size();
    QString field;
    qsizetype chunk = ++m_pos;
    for (;;) {
        if (m_pos >= size)
            return std::nullopt;
        const QChar c = data[m_pos];
        if (c == u'"') {
            field.append(data + chunk, m_pos - chunk);
            if (m_pos + 1 < size && data[m_pos + 1] == u'"') {
                field.append(u'"');
                m_pos += 2;
                chunk = m_pos;
                continue;
            }
            ++m_pos;
            break;
        }
        if (c == u'\r') {
            field.append(data + chunk, m_pos - chunk);
            field.append(u'\n');
            ++m_line;
            m_pos += m_pos + 1 < size && data[m_pos + 1] == u'\n' ? 2 : 1;
            chunk = m_pos;
            continue;
        }
        m_line += c == u'\n';
        ++m_pos;
    }
    const qsizetype tail = m_pos;
    while (m_pos < size && data[m_pos] != m_separator && !isLineEnd(data[m_pos]))
        ++m_pos;
    field.append(data + tail, m_pos - tail);
    return field;
}

Result<QList<SourceRow>> CsvReader::readAll(const QString& text)
{
    CsvReader reader(text);
    QList<SourceRow> rows;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.append(std::move(**row));
    }
}
