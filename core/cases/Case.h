#pragma once

#include "CaseType.h"
#include "documents/DocumentStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// One case as stored (table cases), without its timeline, deadlines and files. What only one case type
// holds lives in that type's own table, which its module reads (CaseTypeHooks::details, topicSql).
struct Case
{
    qint64 id = 0;
    QString number; // LD-2026-0012
    QString type; // CaseType::id
    int year = 0;
    qint64 subjectId = 0;
    QString assignee; // login of the officer in charge
    QString state;
    QDate decidedOn; // the date of the case's decision, which a deadline may run from
    QString createdBy;
    QString createdAt;
    QString updatedAt;
    int version = 1;
};

struct TimelineEvent
{
    qint64 id = 0;
    QString at; // UTC ISO 8601
    QString userLogin;
    QString userName;
    QString event; // "created", "draft_saved", "attached", "extended", or a transition id
    QString fromState;
    QString toState;
    QString note;
    QString detail; // document numbers, attachment name...
};

enum class DeadlineStatus
{
    Running,
    Extended, // running, with a due date an officer moved, with a reason
    Overdue, // running (or extended) and its due date has passed
    Met,
    Closed, // ended without being met: the case went another way
};

struct CaseDeadline
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; // DeadlineRule::kind
    QDate start;
    int amount = 0;
    DeadlineCounting counting = DeadlineCounting::WorkingDays;
    QDate due;
    bool provisional = false; // counted over a year whose calendar is not loaded
    QString stored; // running, met, closed
    QDate endedOn;
    QString extensionReason;
    QString extendedBy;
    QString extendedAt;
    int version = 1;

    bool running() const { return stored == QLatin1String("running"); }
    DeadlineStatus status(QDate today) const;
};

struct Attachment
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString name;
    qint64 size = 0;
    QString sha256;
    QString uploadedBy;
    QString uploadedAt;
};

// What a case type adds to a case's view (CaseTypeHooks::details): header lines with a stable key (the
// key of creditctl's JSON, and the name of the window's label) and rows of the case's parts table.
struct CaseDetail
{
    QString key; // snake_case: "facts", "lenient_decision"
    QString label; // translated, without a colon
    QString value;
};
struct CasePart
{
    QString kind; // translated: what the row is, e.g. a proposed punishment
    QString key; // the part's code or number
    QString description;
};
struct CaseDetails
{
    QList<CaseDetail> header;
    QList<CasePart> parts;
};

// Everything a case's detail view shows, read in one go (CaseStore::load).
struct CaseFile
{
    Case header;
    QString subjectName;
    QString subjectCode; // masked for natural persons
    QString subjectKind;
    QString topic; // what the case is about in a few words, from its type (CaseTypeHooks::topicSql)
    QList<qint64> recordIds; // the credit records the case concerns
    CaseDetails details; // the type's own lines and parts
    QList<TimelineEvent> timeline;
    QList<CaseDeadline> deadlines;
    QList<Attachment> attachments;
    QList<IssuedDocument> documents;
};

// One row of a case list.
struct CaseSummary
{
    qint64 id = 0;
    QString number;
    QString type;
    QString state;
    QString subjectName;
    QString subjectCode; // masked for natural persons
    QString topic; // as CaseFile::topic
    QString assignee;
    QString assigneeName;
    QDate due; // the earliest due date of a running deadline, invalid when none
    QString dueKind;
    int version = 1;
};

// A running deadline with its case, for the "due soon" and "overdue" views.
struct DeadlineView
{
    CaseDeadline deadline;
    QString caseNumber;
    QString caseState;
    QString assignee;
    QString subjectName;
    int daysLeft = 0; // working days for working-day deadlines, else calendar days; negative when overdue
    QString caseType;
};

// What an officer gives when firing a transition: the note (reason, reply, objection) and the named
// fields its StepInputs declare.
struct TransitionInput
{
    QString note;
    QHash<QString, QString> fields;
};
