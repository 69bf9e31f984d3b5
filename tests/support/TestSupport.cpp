#include "TestSupport.h"

#include <QFile>

namespace TestSupport {

QString postgresServerUrl()
{
    QFile file(QStringLiteral(CREDITDESK_PG_URL_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString creditctlPath()
{
    return QStringLiteral(CREDITCTL_PATH);
}

} // namespace TestSupport
