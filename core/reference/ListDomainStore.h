#pragma once

#include "ListDomain.h"
#include "Result.h"

#include <QCoreApplication>

class Database;
struct Actor;

// Serious-dishonesty list domains. A domain is drafted, put in force (through BasisGuard) and repealed;
// it is never deleted, since listings refer to it.
class ListDomainStore
{
    Q_DECLARE_TR_FUNCTIONS(ListDomainStore)

public:
    explicit ListDomainStore(Database& db)
        : m_db(db)
    { }

    Result<QList<ListDomain>> list();
    Result<ListDomain> find(qint64 id);
    Result<ListDomain> findByCode(const QString& code);

    // Added as a draft, or in force from domain.effectiveFrom when domain.status is InForce (guarded).
    Result<ListDomain> add(const Actor& actor, const ListDomain& domain);
    // Changes everything but code, status and dates; domain.version is the version read. A domain in
    // force must still pass the guard with its new bases on the day of the change.
    Result<ListDomain> update(const Actor& actor, const ListDomain& domain);
    Result<ListDomain> putInForce(const Actor& actor, qint64 id, int expectedVersion, QDate from);
    // Out of force from `from`; its last day is the day before.
    Result<ListDomain> repeal(const Actor& actor, qint64 id, int expectedVersion, QDate from);

private:
    Result<QList<ListDomain>> select(const QString& where, const QVariantList& params);
    Status validate(const ListDomain& domain);
    Status guard(const ListDomain& domain, QDate effective);
    Status writeBases(qint64 id, const QList<qint64>& basisIds);
    Status audit(const Actor& actor, const QString& event, const ListDomain& domain, const QString& detail);
    Database& m_db;
};
