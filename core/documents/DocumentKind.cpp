#include "DocumentKind.h"

namespace {
// 告 for the prior notice, 修 for the repair notice, 移 for the removal decision; the decision itself keeps
// the office's plain number. The decision's fields are what 49号 asks a decision to state: 事由、依据、
// 失信惩戒措施提示、移出条件和程序以及救济措施 (docs/regulations.md).
const QList<DocumentKindSpec>& specs()
{
    static const QList<DocumentKindSpec> list = {
        {DocumentKind::Notice,
         "notice",
         "严重失信主体名单认定预先告知书",
         QT_TRANSLATE_NOOP("DocumentKinds", "Prior notice of listing"),
         "告",
         {QStringLiteral("当事人名称"), QStringLiteral("认定理由"), QStringLiteral("认定依据"),
          QStringLiteral("陈述申辩期限")},
         {QStringLiteral("陈述"), QStringLiteral("申辩"), QStringLiteral("异议")}},
        {DocumentKind::Decision,
         "decision",
         "严重失信主体名单认定决定书",
         QT_TRANSLATE_NOOP("DocumentKinds", "Listing decision"),
         "",
         {QStringLiteral("当事人名称"), QStringLiteral("认定理由"), QStringLiteral("认定依据"),
          QStringLiteral("惩戒措施"), QStringLiteral("移出条件")},
         {QStringLiteral("移出"), QStringLiteral("行政复议"), QStringLiteral("行政诉讼")}},
        {DocumentKind::RepairNotice,
         "repair-notice",
         "信用修复告知书",
         QT_TRANSLATE_NOOP("DocumentKinds", "Credit repair notice"),
         "修",
         {QStringLiteral("当事人名称"), QStringLiteral("列入领域")},
         {QStringLiteral("信用修复"), QStringLiteral("不收取")}},
        {DocumentKind::Removal,
         "removal",
         "严重失信主体名单移出决定书",
         QT_TRANSLATE_NOOP("DocumentKinds", "Removal decision"),
         "移",
         {QStringLiteral("当事人名称"), QStringLiteral("列入领域"), QStringLiteral("移出日期")},
         {QStringLiteral("移出")}},
    };
    return list;
}
} // namespace

const DocumentKindSpec& DocumentKinds::spec(DocumentKind kind)
{
    for (const auto& candidate : specs()) {
        if (candidate.kind == kind)
            return candidate;
    }
    Q_ASSERT_X(false, "DocumentKinds::spec", "a DocumentKind without its row");
    return specs().first();
}

QList<DocumentKind> DocumentKinds::all()
{
    QList<DocumentKind> kinds;
    for (const auto& candidate : specs())
        kinds << candidate.kind;
    return kinds;
}

QString DocumentKinds::id(DocumentKind kind)
{
    return QString::fromLatin1(spec(kind).id);
}

std::optional<DocumentKind> DocumentKinds::parse(const QString& id)
{
    for (const auto& candidate : specs()) {
        if (id.trimmed() == QLatin1String(candidate.id))
            return candidate.kind;
    }
    return std::nullopt;
}

QString DocumentKinds::officialName(DocumentKind kind)
{
    return QString::fromUtf8(spec(kind).officialName);
}

QString DocumentKinds::displayName(DocumentKind kind)
{
    return tr(spec(kind).displayName);
}

QString DocumentKinds::defaultNumberMark(DocumentKind kind)
{
    return QString::fromUtf8(spec(kind).numberMark);
}
