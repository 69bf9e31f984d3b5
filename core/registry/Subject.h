#pragma once

#include <QString>

// A credit subject (信用主体): a legal person, an unincorporated organisation or an individual business
// identified by its 统一社会信用代码, or a natural person identified by a certificate number (公民身份号码
// unless another certificate is named). One subject per (code, id type).
struct Subject
{
    qint64 id = 0;
    QString kind; // ReferenceTerms::subjectKinds()
    QString idType; // SubjectIdentity::idTypes()
    QString code; // normalised; shown masked for natural persons (see Masking)
    QString name; // normalised by SubjectNames::normalize
    QString legalRepresentative;
    QString address;
    QString registeringAuthority;
    qint64 departmentId = 0; // the department that registered it, 0 when unknown
    QString status = QStringLiteral("active"); // active, merged
    qint64 mergedInto = 0;
    QString createdAt;
    int version = 1;

    bool isNaturalPerson() const { return kind == QLatin1String("natural_person"); }
};
