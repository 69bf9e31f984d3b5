#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

enum class CleanupDecision
{
    Pending,
    Keep, // 保留
    Revise, // 修订
    Abolish, // 废止
    Legislate // 上升为地方性法规
};

// A policy document under review in the clean-up (清理规范): every document that adds catalog items,
// lists, measures or repair rules is kept, revised or abolished.
struct CleanupDocument
{
    qint64 id = 0;
    QString title;
    QString docNumber;
    QString issuer;
    QStringList provides; // catalog_items, lists, measures, repair_rules
    CleanupDecision decision = CleanupDecision::Pending;
    QString reason;
    QString responsibleDepartment;
    QDate dueDate;
    QString progress;
    QDate completedOn; // invalid while the review is open
    int version = 1;

    bool overdueOn(QDate date) const { return !completedOn.isValid() && dueDate.isValid() && dueDate < date; }
};

class CleanupDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CleanupDocuments)

public:
    static QStringList provisionKinds();
    static QString provisionName(const QString& id);
    static QString decisionId(CleanupDecision decision);
    static std::optional<CleanupDecision> parseDecision(const QString& id);
    static QString decisionName(CleanupDecision decision);
};
