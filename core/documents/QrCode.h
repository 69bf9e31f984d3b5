#pragma once

#include <QByteArray>
#include <QList>

class QPainter;
class QRectF;

// A QR code (libqrencode, error correction level M, 8-bit mode so UTF-8 text such as a document number
// survives), as a square of modules.
class QrCode
{
public:
    // An empty code (isNull()) when the text does not fit in a QR code.
    static QrCode encode(const QByteArray& utf8);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Draws the modules in black inside target, which should be square; the caller leaves the quiet zone.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};
