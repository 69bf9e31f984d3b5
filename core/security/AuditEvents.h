#pragma once

#include <QCoreApplication>
#include <QString>

// What an audit event id ("user.sign_in") means, in the officer's language. Ids stay stable in the
// table; names are for people.
class AuditEvents
{
    Q_DECLARE_TR_FUNCTIONS(AuditEvents)

public:
    // The translated name, or the id itself for an event this version does not know.
    static QString displayName(const QString& event);
};
