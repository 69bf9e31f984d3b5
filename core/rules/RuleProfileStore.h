#pragma once

#include "Result.h"
#include "RuleProfile.h"

#include <QCoreApplication>
#include <QList>

class Database;
struct Actor;

// Rule profiles by effective date. The profiles tile time without overlaps; adding one with a later
// start closes the open-ended one the day before.
class RuleProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(RuleProfileStore)

public:
    explicit RuleProfileStore(Database& db)
        : m_db(db)
    { }

    Result<QList<RuleProfile>> list(); // by effective_from
    Result<RuleProfile> find(qint64 id);
    // The profile whose [from, until] contains the date; NotFound when no profile covers it.
    Result<RuleProfile> profileOn(QDate date);

    // Starts after every existing profile (users: in the future; system actors may load past ones).
    Result<RuleProfile> add(const Actor& actor, const RuleProfile& profile);
    // Changes the settings (periods, deadlines, limits, texts), not the dates; profile.version is the
    // version read. A profile not yet in force changes freely; one in force only in the settings still
    // marked unconfirmed (docs/regulations.md marks some numbers UNCONFIRMED: an officer confirms or corrects them).
    Result<RuleProfile> update(const Actor& actor, const RuleProfile& profile);
    // Users change only a profile that is not yet in force: decisions already taken keep the rules they
    // were taken under. A system actor (creditctl, set-up) may still correct any profile.
    static Status checkEditable(const Actor& actor, const RuleProfile& profile);

private:
    Result<QList<RuleProfile>> select(const QString& where, const QVariantList& params);
    Database& m_db;
};
