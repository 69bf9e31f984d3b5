#include "InterfaceFont.h"

#include <QApplication>
#include <QFont>

void applyInterfaceFont(QApplication& app)
{
    QFont font = app.font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("AR PL UMing CN")});
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
}
