#pragma once

#include <QString>

class QCoreApplication;

// Installs the interface translation. An empty language follows the system locale: a Chinese
// desktop gets Chinese, anything else the English source text.
class I18n
{
public:
    static void install(QCoreApplication& app, const QString& language = {});
    static QString effectiveLanguage(const QString& language); // "zh_CN" or "en"
};
