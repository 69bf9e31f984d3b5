#pragma once

#include "Result.h"
#include "Subject.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;
struct Actor;

// What add() did: registered a new subject, or found the code already registered.
struct SubjectAddition
{
    Subject subject;
    bool existed = false;
};

// The registry of credit subjects (信用主体). One subject per code; a name close to an existing one is
// a question for the officer, whose answer is audited; two registrations of one subject are merged
// by an approver, records and all.
class SubjectStore
{
    Q_DECLARE_TR_FUNCTIONS(SubjectStore)

public:
    explicit SubjectStore(Database& db)
        : m_db(db)
    { }

    Result<Subject> find(qint64 id);
    Result<std::optional<Subject>> findByCode(const QString& idType, const QString& code);
    // Subjects whose name contains `text` or whose code starts with it, newest first.
    Result<QList<Subject>> search(const QString& text, int limit);
    // Registered subjects whose names are close to `name` (SubjectNames::similar), at most ten.
    Result<QList<Subject>> similarTo(const QString& name, qint64 excludeId = 0);

    // The subject as it would be stored (names and code normalised), or why it cannot be.
    static Result<Subject> normalized(const Subject& input, QDate today);

    // Registers a subject. An existing code returns the existing subject (existed = true). A name
    // close to registered ones is refused as a conflict unless every such subject's id is in
    // `answeredDifferent`: the officer has looked at them side by side and said they are others.
    Result<SubjectAddition> add(const Actor& actor, const Subject& subject,
                                const QList<qint64>& answeredDifferent = {});
    // Records the officer's answer to "is this the same subject as that one?".
    Status answerSimilar(const Actor& actor, const QString& newName, qint64 candidateId, bool same);
    // Moves every record of `dropId` to `keepId` and marks `dropId` merged into it. Refused when a
    // record would become a duplicate of one the kept subject already has; nothing is lost.
    Result<Subject> merge(const Actor& actor, qint64 keepId, int keepVersion, qint64 dropId, int dropVersion);

private:
    Result<QList<Subject>> select(const QString& where, const QVariantList& params);
    Database& m_db;
};
