#pragma once

#include "Role.h"

#include <QSet>
#include <QString>

// Who is acting: a signed-in user, or a named system actor (set-up, creditctl, maintenance) that the
// audit trail records as such.
struct Actor
{
    qint64 userId = 0;
    QString login;
    QString name;
    qint64 departmentId = 0;
    QString department;
    QSet<Role> roles;

    bool isUser() const { return userId > 0; }
    bool has(Role role) const { return roles.contains(role); }
    static Actor system(const QString& label)
    {
        Actor actor;
        actor.login = label;
        actor.name = label;
        return actor;
    }
};
