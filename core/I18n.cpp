#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString I18n::effectiveLanguage(const QString& language)
{
    if (!language.isEmpty())
        return language;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void I18n::install(QCoreApplication& app, const QString& language)
{
    const QString effective = effectiveLanguage(language);
    if (effective == QLatin1String("en"))
        return;
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/creditdesk_%1.qm").arg(effective)))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (OK, Cancel, the print dialog) come from the qt6-translations-l10n package.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(effective), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(effective));
}
