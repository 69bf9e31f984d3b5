#pragma once

#include "ReferenceTerms.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One version of a punishment measure (失信惩戒措施) of the national base list (2021 edition, 3 classes)
// or of the local supplementary list. A measure follows only from a recorded fact (a record kind) or a
// list membership (a list domain): there is deliberately no way to make it follow from a credit score.
struct Measure
{
    qint64 id = 0; // this version's row
    QString measureKey; // stable across versions, e.g. "M1.04"
    int versionNo = 1;
    int classNo = 1; // 1-3 of the 2021 national list
    QString name;
    QString content;
    QString implementingDepartment;
    QStringList subjectKinds;
    Scope scope = Scope::National;
    QDate effectiveFrom;
    QDate effectiveUntil;
    ItemStatus status = ItemStatus::InForce;
    QList<qint64> basisIds;
    QStringList followsListDomains; // list_domains.code
    QStringList followsRecordKinds; // record_kinds.code
    int version = 1;

    bool inForceOn(QDate date) const
    {
        return effectiveFrom <= date && (!effectiveUntil.isValid() || date <= effectiveUntil);
    }
};

// A kind of recorded fact a measure can follow from (行政处罚, 欠缴税款...).
struct RecordKind
{
    QString code;
    QString name;
};
