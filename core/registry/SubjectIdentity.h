#pragma once

#include "domain/CodeCheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// How each kind of subject is identified. Organisations and individual businesses carry a 统一社会
// 信用代码; a natural person a certificate, the 居民身份证 unless the file names another.
class SubjectIdentity
{
    Q_DECLARE_TR_FUNCTIONS(SubjectIdentity)

public:
    // uscc, resident_id, passport, hk_macao_permit, taiwan_permit, foreign_permanent, other
    static QStringList idTypes();
    static QString idTypeName(const QString& idType);
    // The certificate named in a department file (身份证, 居民身份证, 护照, 港澳居民来往内地通行证 ...),
    // or an empty string when it is not one we know.
    static QString idTypeFromLabel(const QString& label);
    // The id type a subject of this kind must have when none is named.
    static QString defaultIdType(const QString& kind);
    static bool idTypeFitsKind(const QString& idType, const QString& kind);

    // Checks a code of the given type: the check characters of GB 32100 and GB 11643, and for other
    // certificates 5 to 30 letters, digits, brackets or hyphens. Excel damage is always refused.
    static CodeCheck check(const QString& idType, QStringView code, QDate today);
};
