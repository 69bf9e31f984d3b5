#include "QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

QrCode QrCode::encode(const QByteArray& utf8)
{
    QrCode code;
    QRcode* encoded = QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
                                        QR_ECLEVEL_M);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    code.m_modules.reserve(code.m_size * code.m_size);
    for (int i = 0; i < code.m_size * code.m_size; ++i)
        code.m_modules << ((encoded->data[i] & 1) != 0); // bit 0 is the module colour
    QRcode_free(encoded);
    return code;
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    if (isNull())
        return;
    const qreal module = target.width() / m_size;
    // One path for all modules: adjacent squares merge, so no hairline gaps show between them.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!dark(x, y))
                continue;
            const int start = x;
            while (x + 1 < m_size && dark(x + 1, y))
                ++x;
            path.addRect(
                QRectF(target.left() + start * module, target.top() + y * module, (x - start + 1) * module, module));
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}
