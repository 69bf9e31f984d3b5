#pragma once

#include "LegalBasis.h"
#include "Result.h"

#include <QCoreApplication>

class Database;
struct Actor;

// The legal bases that catalog items, measures and list domains cite. Bases are never deleted (old
// decisions cite them); a repealed basis keeps its row with its last day in force.
class LegalBasisStore
{
    Q_DECLARE_TR_FUNCTIONS(LegalBasisStore)

public:
    explicit LegalBasisStore(Database& db)
        : m_db(db)
    { }

    Result<QList<LegalBasis>> list();
    Result<LegalBasis> find(qint64 id);
    Result<LegalBasis> findByCode(const QString& code);
    // The bases with these ids, in the same order; NotFound names a missing id.
    Result<QList<LegalBasis>> byIds(const QList<qint64>& ids);

    Result<LegalBasis> add(const Actor& actor, const LegalBasis& basis);
    // Changes every field but the code; basis.version must be the version the caller read.
    Result<LegalBasis> update(const Actor& actor, const LegalBasis& basis);
    // Out of force after lastDay. From then on it no longer founds anything new (BasisGuard).
    Result<LegalBasis> repeal(const Actor& actor, qint64 id, int expectedVersion, QDate lastDay);

    static Status validate(const LegalBasis& basis);

private:
    Result<QList<LegalBasis>> select(const QString& where, const QVariantList& params);
    Database& m_db;
};
