#include "DocumentFonts.h"

#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QFontDatabase>

namespace {
const QString kUming = QStringLiteral("AR PL UMing CN");
const QString kUkai = QStringLiteral("AR PL UKai CN");
const QString kZenHei = QStringLiteral("WenQuanYi Zen Hei");

struct FontRole
{
    const char* settingKey;
    QString DocumentFonts::*member;
    QStringList candidates; // preferred first; the last one is the free face Debian ships
};

const QList<FontRole>& roles()
{
    static const QList<FontRole> list = {
        {"documents.font.body",
         &DocumentFonts::body,
         {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
          QStringLiteral("FangSong"), QStringLiteral("STFangsong"), kUming}},
        {"documents.font.title",
         &DocumentFonts::title,
         {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋_GBK"),
          QStringLiteral("黑体"), QStringLiteral("SimHei"), kZenHei}},
        {"documents.font.heading1",
         &DocumentFonts::heading1,
         {QStringLiteral("黑体"), QStringLiteral("SimHei"), kZenHei}},
        {"documents.font.heading2",
         &DocumentFonts::heading2,
         {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"),
          QStringLiteral("KaiTi"), QStringLiteral("STKaiti"), kUkai}},
    };
    return list;
}

bool installed(const QString& family)
{
    return QFontDatabase::hasFamily(family);
}

QString firstInstalled(const QStringList& candidates)
{
    for (const auto& family : candidates) {
        if (installed(family))
            return family;
    }
    return candidates.last();
}
} // namespace

bool DocumentFonts::isRefused(const QString& family)
{
    const QString name = family.simplified();
    return (name.contains(QLatin1String("Noto"), Qt::CaseInsensitive) && name.contains(QLatin1String("CJK")))
        || name.contains(QLatin1String("Source Han"), Qt::CaseInsensitive) || name.contains(QStringLiteral("思源"));
}

Status DocumentFonts::check(const QString& family)
{
    if (family.trimmed().isEmpty())
        return Error::invalid(tr("Choose a font for each part of the document."));
    if (isRefused(family))
        return Error::invalid(tr("The font %1 cannot be used for official documents: the text of the PDF would not "
                                 "extract as the characters that are printed. Choose another font.")
                                  .arg(family));
    if (!installed(family))
        return Error::invalid(tr("The font %1 is not installed on this computer.").arg(family));
    return {};
}

QStringList DocumentFonts::withFallbacks(const QString& family)
{
    QStringList families = {family};
    for (const auto& fallback : {kUming, kZenHei, kUkai}) {
        if (!families.contains(fallback))
            families << fallback;
    }
    return families;
}

DocumentFonts DocumentFonts::defaults()
{
    DocumentFonts fonts;
    for (const auto& role : roles())
        fonts.*role.member = firstInstalled(role.candidates);
    return fonts;
}

Result<DocumentFonts> DocumentFonts::load(Database& db)
{
    DocumentFonts fonts = defaults();
    for (const auto& role : roles()) {
        auto configured = Settings::value(db, QString::fromLatin1(role.settingKey));
        if (!configured)
            return configured.error();
        const QString family = configured->trimmed();
        if (!family.isEmpty() && check(family).ok())
            fonts.*role.member = family;
    }
    return fonts;
}

Status DocumentFonts::save(Database& db, const Actor& actor, const DocumentFonts& fonts)
{
    if (auto allowed = Permissions::require(actor, Permission::EditSettings); !allowed)
        return allowed;
    for (const auto& role : roles()) {
        if (auto usable = check(fonts.*role.member); !usable)
            return usable;
    }
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.status();
    QStringList detail;
    for (const auto& role : roles()) {
        const QString key = QString::fromLatin1(role.settingKey);
        if (auto saved = Settings::setValue(db, key, fonts.*role.member); !saved)
            return saved;
        detail << key + u'=' + fonts.*role.member;
    }
    if (auto audited = AuditLog::append(db, actor, QStringLiteral("document.fonts_changed"), QStringLiteral("settings"),
                                        QStringLiteral("documents.font"), true, detail.join(u' '));
        !audited)
        return audited;
    return transaction.commit();
}
