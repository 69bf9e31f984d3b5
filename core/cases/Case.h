#pragma once

#include "CaseType.h"
#include "documents/DocumentStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// The lenient, careful handling (宽容审慎) 49号 asks for: each flag needs a written reason, and the approver
// decides on it when approving the prior notice. A minor is never listed.
struct LenientFlags
{
    bool minor = false; // 未成年人
    bool forceMajeure = false; // 不可抗力 (natural disaster, epidemic)
    bool minorConduct = false; // 非主观故意或者情节轻微
    bool any() const { return minor || forceMajeure || minorConduct; }
};

// One case as stored (table cases), without its timeline, deadlines and files.
struct Case
{
    qint64 id = 0;
    QString number; // LD-2026-0012
    QString type; // CaseType::id
    int year = 0;
    qint64 subjectId = 0;
    qint64 listDomainId = 0;
    QString assignee; // login of the officer in charge
    QString state;
    QString facts;
    LenientFlags lenient;
    QString lenientReason;
    QString lenientDecision; // the approver's note on the lenient handling
    QDate decidedOn;
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

// A subject on a list through a listing case.
struct Listing
{
    qint64 caseId = 0;
    QString caseNumber;
    qint64 subjectId = 0;
    qint64 listDomainId = 0;
    QString domainName;
    QDate listedFrom;
    QDate listedUntil;
    QDate removedOn;
    QString removalGround;
    bool inForceOn(QDate date) const
    {
        return listedFrom <= date && date <= listedUntil && (!removedOn.isValid() || date < removedOn);
    }
};

// Everything a case's detail view shows, read in one go (CaseStore::load).
struct CaseFile
{
    Case header;
    QString subjectName;
    QString subjectCode; // masked for natural persons
    QString subjectKind;
    QString domainName;
    QList<qint64> recordIds;
    QList<qint64> measureIds; // measure versions, in the order proposed
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
    QString domainName;
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

// What an officer gives when firing a transition: the note (reason, reply, objection) and named fields
// (the listing's removal "ground").
struct TransitionInput
{
    QString note;
    QHash<QString, QString> fields;
};
