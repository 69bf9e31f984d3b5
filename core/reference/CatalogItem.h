#pragma once

#include "ReferenceTerms.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One version of an item of the public credit information catalog (公共信用信息目录): the national
// base catalog (2024 edition, 13 classes) or a local supplementary item. A change makes a new version
// in force from a date; records keep the version (row id) they were collected under.
struct CatalogItem
{
    qint64 id = 0; // this version's row
    QString itemKey; // stable across versions, e.g. "N03.01"
    int versionNo = 1;
    int classNo = 1; // 1-13
    QString name;
    QString conduct; // the conduct or fact the item records
    QStringList subjectKinds; // ReferenceTerms::subjectKinds()
    Disclosure disclosure = Disclosure::Public; // 公开属性
    QString sharingScope; // 共享范围
    QString sourceDepartment; // 归集来源
    QString channel; // 归集渠道
    QString updateFrequency; // 更新频次
    QString disclosurePeriod; // 公开期限
    Scope scope = Scope::National;
    QDate effectiveFrom;
    QDate effectiveUntil; // invalid: open-ended
    ItemStatus status = ItemStatus::InForce;
    QList<qint64> basisIds;
    int version = 1; // optimistic lock of this row

    bool inForceOn(QDate date) const
    {
        return effectiveFrom <= date && (!effectiveUntil.isValid() || date <= effectiveUntil);
    }
};

// A class of the national catalog or of the national measures list.
struct ReferenceClass
{
    int classNo = 0;
    QString name;
};
