#pragma once

#include "CreditRecord.h"
#include "RecordFields.h"
#include "Result.h"
#include "Subject.h"
#include "reference/CatalogItem.h"
#include "rules/RuleProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;

// A record as a form or a file row gives it, with its subject, before it is checked.
struct RecordInput
{
    Subject subject;
    CreditRecord record;
    QString itemKey = QStringLiteral("N03.01"); // 行政处罚信息 unless a form says otherwise
    QDate declaredPublishUntil; // 公示截止期 in the file; the rule profile decides, a difference is a warning
    bool codeReported = false; // the reader already said why the code cannot be read
};

struct FieldProblem
{
    RecordField field;
    QString reason; // a translated sentence
};

// The one set of rules a credit record must pass, whether typed into the record form or read from a
// department file: the subject's name, kind and code, the decision, the catalog item version and
// rule profile in force on the decision date, and the publication window they give. The reference
// data is read once, so a file of 100,000 rows is checked without a query per row.
class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(RecordRules)

public:
    static Result<RecordRules> load(Database& db);

    // Normalises `input` in place and fills what the rules decide (catalog version, rule profile,
    // window, status). Every problem is appended; warnings are appended too. `today` bounds dates.
    void check(RecordInput& input, QDate today, QList<FieldProblem>& problems, QStringList& warnings) const;

    const RuleProfile* profileOn(QDate date) const;
    const CatalogItem* itemVersionOn(const QString& itemKey, QDate date) const;

    static constexpr int kMaxTextLength = 4000;
    static constexpr int kMaxNumberLength = 100;

private:
    QList<RuleProfile> m_profiles;
    QHash<QString, QList<CatalogItem>> m_items; // by key, every version
};
