#pragma once

#include <QList>
#include <QString>
#include <functional>

class QWidget;
struct Session;

// What a case type brings to the window beside its core module (core/cases/CaseModule.h): how a case of
// its type is drafted and how a draft is edited. The generic case screens (the list, the detail view, the
// step dialog) know a type only through these and through its table; the types with screens are listed
// in CaseScreenModules.cpp, one line each.
struct CaseScreens
{
    QString typeId; // CaseType::id
    const char* newCaseLabel = nullptr; // "New listing draft…", translated in the context CaseScreens
    // The type's draft dialog for a new case (about subjectId when not 0): the new case's id, or 0 when the
    // officer cancelled.
    std::function<qint64(Session& session, QWidget* parent, qint64 subjectId)> draftNew;
    // The stored draft in the same dialog: true when the officer saved it.
    std::function<bool(Session& session, QWidget* parent, qint64 caseId, int version)> editDraft;
};

namespace CaseScreenModules {
const QList<const CaseScreens*>& all();
// The screens of a type, or nullptr for a type without any.
const CaseScreens* find(const QString& typeId);
QString newCaseLabel(const CaseScreens& screens); // translated
} // namespace CaseScreenModules
