#pragma once

#include "cases/CaseHooks.h"

#include <QCoreApplication>

// The template fields of the four listing documents, filled from the case: the party (code masked for a
// natural person), the list, facts, the list's legal bases, each measure with its basis, removal
// conditions and period, the statement period with its end date, the office's remedies and contact.
class ListingDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ListingDocuments)

public:
    static Result<QHash<QString, QString>> values(TransitionContext& context, DocumentKind kind);
    // The grounds of removal (TransitionInput field "ground").
    static QStringList removalGrounds();
    // 三年, 两年, 18个月
    static QString periodText(int months);
};
