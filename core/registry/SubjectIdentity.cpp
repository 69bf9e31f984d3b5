#include "SubjectIdentity.h"

#include "domain/CodeNormalizer.h"
#include "domain/ResidentId.h"
#include "domain/Uscc.h"

#include <QHash>

namespace {
const QString kUscc = QStringLiteral("uscc");
const QString kResidentId = QStringLiteral("resident_id");
} // namespace

QStringList SubjectIdentity::idTypes()
{
    return {kUscc,
            kResidentId,
            QStringLiteral("passport"),
            QStringLiteral("hk_macao_permit"),
            QStringLiteral("taiwan_permit"),
            QStringLiteral("foreign_permanent"),
            QStringLiteral("other")};
}

QString SubjectIdentity::idTypeName(const QString& idType)
{
    if (idType == kUscc)
        return tr("unified social credit code");
    if (idType == kResidentId)
        return tr("resident identity card");
    if (idType == QLatin1String("passport"))
        return tr("passport");
    if (idType == QLatin1String("hk_macao_permit"))
        return tr("Mainland travel permit for Hong Kong and Macao residents");
    if (idType == QLatin1String("taiwan_permit"))
        return tr("Mainland travel permit for Taiwan residents");
    if (idType == QLatin1String("foreign_permanent"))
        return tr("foreigner's permanent residence ID card");
    if (idType == QLatin1String("other"))
        return tr("other certificate");
    return idType;
}

QString SubjectIdentity::idTypeFromLabel(const QString& label)
{
    // The names departments write in 证件类型, as the national data standard and real files spell them.
    static const QHash<QString, QString> labels = {
        {QStringLiteral("身份证"), kResidentId},
        {QStringLiteral("居民身份证"), kResidentId},
        {QStringLiteral("公民身份号码"), kResidentId},
        {QStringLiteral("身份证号"), kResidentId},
        {QStringLiteral("身份证号码"), kResidentId},
        {QStringLiteral("中华人民共和国居民身份证"), kResidentId},
        {QStringLiteral("护照"), QStringLiteral("passport")},
        {QStringLiteral("港澳居民来往内地通行证"), QStringLiteral("hk_macao_permit")},
        {QStringLiteral("港澳居民居住证"), QStringLiteral("hk_macao_permit")},
        {QStringLiteral("台湾居民来往大陆通行证"), QStringLiteral("taiwan_permit")},
        {QStringLiteral("台湾居民居住证"), QStringLiteral("taiwan_permit")},
        {QStringLiteral("外国人永久居留身份证"), QStringLiteral("foreign_permanent")},
        {QStringLiteral("外国人永久居留证"), QStringLiteral("foreign_permanent")},
        {QStringLiteral("其他"), QStringLiteral("other")},
    };
    const QString key = label.trimmed();
    if (key.isEmpty())
        return kResidentId;
    return labels.value(key);
}

QString SubjectIdentity::defaultIdType(const QString& kind)
{
    return kind == QLatin1String("natural_person") ? kResidentId : kUscc;
}

bool SubjectIdentity::idTypeFitsKind(const QString& idType, const QString& kind)
{
    const bool person = kind == QLatin1String("natural_person");
    return person ? idType != kUscc && idTypes().contains(idType) : idType == kUscc;
}

CodeCheck SubjectIdentity::check(const QString& idType, QStringView code, QDate today)
{
    if (idType == kUscc)
        return Uscc::check(code);
    if (idType == kResidentId)
        return ResidentId::check(code, today);
    CodeCheck result;
    result.input = code.toString();
    result.normalized = normalizeCode(code);
    const QString& text = result.normalized;
    if (text.isEmpty()) {
        result.reason = tr("the number is empty");
    } else if (looksLikeScientificNotation(text)) {
        result.reason = tr("Excel turned the number into %1, the digits are lost; export the column as text").arg(text);
    } else if (text.size() < 5 || text.size() > 30) {
        result.reason = tr("has %1 characters, a certificate number has 5 to 30").arg(text.size());
    } else {
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool allowed
                = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || c == u'(' || c == u')' || c == u'-';
            if (!allowed) {
                result.reason = tr("character %1 is %2, which a certificate number does not contain")
                                    .arg(i + 1)
                                    .arg(describeCodeCharacter(c.unicode()));
                break;
            }
        }
    }
    result.valid = result.reason.isEmpty();
    return result;
}
