#include "io/TextDecoding.h"

#include <QStringDecoder>

namespace {
bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

QString hexAround(QByteArrayView bytes, qsizetype offset)
{
    return QString::fromLatin1(
        bytes.sliced(offset, qMin<qsizetype>(4, bytes.size() - offset)).toByteArray().toHex(' '));
}

bool inRange(uchar c, uchar low, uchar high)
{
    return c >= low && c <= high;
}

// Length of the GB18030 sequence at bytes[i], or 0 when none starts there (GB 18030-2005 §6:
// one byte 00-7F; two bytes 81-FE then 40-7E or 80-FE; four bytes 81-FE, 30-39, 81-FE, 30-39).
qsizetype gb18030SequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return i + k < bytes.size() ? uchar(bytes[i + k]) : uchar(0);
    };
    const uchar lead = at(0);
    if (lead < 0x80)
        return 1;
    if (!inRange(lead, 0x81, 0xFE))
        return 0;
    const uchar second = at(1);
    if (inRange(second, 0x40, 0x7E) || inRange(second, 0x80, 0xFE))
        return 2;
    if (inRange(second, 0x30, 0x39) && inRange(at(2), 0x81, 0xFE) && inRange(at(3), 0x30, 0x39))
        return 4;
    return 0;
}

Result<DecodedText> decodeUtf16(QByteArrayView bytes, QStringConverter::Encoding encoding, const QString& name)
{
    if (bytes.size() % 2 != 0)
        return Error::invalid(TextDecoding::tr("The file starts like UTF-16 text but has an odd number of bytes."));
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error::invalid(TextDecoding::tr("The file starts like UTF-16 text but contains invalid characters."));
    return DecodedText{std::move(text), name, true};
}

Result<DecodedText> decodeGb18030(QByteArrayView bytes)
{
    const qsizetype bad = TextDecoding::firstInvalidGb18030(bytes);
    if (bad >= 0)
        return Error::invalid(TextDecoding::tr("The file is neither UTF-8 nor GB18030 (GBK) text: the byte at offset "
                                               "%1 is not valid. Save it again as CSV UTF-8.")
                                  .arg(bad),
                              hexAround(bytes, bad));
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return DecodedText{std::move(text), QStringLiteral("GB18030"), false};
    // Well-formed but unassigned four-byte sequences: find the first one for the message.
    QStringDecoder probe("GB18030", QStringConverter::Flag::Stateless);
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = gb18030SequenceLength(bytes, i);
        (void)probe.decode(bytes.sliced(i, length));
        if (probe.hasError())
            return Error::invalid(TextDecoding::tr("The file is GB18030 (GBK) text with an unknown character at "
                                                   "byte offset %1.")
                                      .arg(i),
                                  hexAround(bytes, i));
        i += length;
    }
    return Error::invalid(TextDecoding::tr("The file is GB18030 (GBK) text with an unknown character."));
}
} // namespace

qsizetype TextDecoding::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar low = 0x80; // bounds of the second byte, which rule out overlong forms and surrogates
        uchar high = 0xBF;
        if (inRange(lead, 0xC2, 0xDF)) {
            length = 2;
        } else if (inRange(lead, 0xE0, 0xEF)) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (inRange(lead, 0xF0, 0xF4)) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > size || !inRange(data[i + 1], low, high))
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if (!inRange(data[i + k], 0x80, 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

qsizetype TextDecoding::firstInvalidGb18030(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = gb18030SequenceLength(bytes, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

Result<DecodedText> TextDecoding::decode(const QByteArray& bytes)
{
    const QByteArrayView view(bytes);
    if (startsWith(view, "\xEF\xBB\xBF")) {
        const QByteArrayView body = view.sliced(3);
        const qsizetype bad = firstInvalidUtf8(body);
        if (bad >= 0)
            return Error::invalid(
                tr("The file is marked as UTF-8 but the byte at offset %1 is not valid UTF-8.").arg(bad + 3),
                hexAround(view, bad + 3));
        return DecodedText{QString::fromUtf8(body), QStringLiteral("UTF-8"), true};
    }
    if (startsWith(view, "\xFF\xFE"))
        return decodeUtf16(view.sliced(2), QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"));
    if (startsWith(view, "\xFE\xFF"))
        return decodeUtf16(view.sliced(2), QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"));
    if (firstInvalidUtf8(view) < 0)
        return DecodedText{QString::fromUtf8(view), QStringLiteral("UTF-8"), false};
    return decodeGb18030(view);
}
