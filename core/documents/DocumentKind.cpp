#include "DocumentKind.h"

namespace {
struct KindRow
{
    DocumentKind kind;
    const char* id;
    const char* officialName;
    const char* numberMark;
};

// 告 for the prior notice, 修 for the repair notice, 移 for the removal decision; the decision itself keeps
// the office's plain number.
constexpr KindRow kKinds[] = {
    {DocumentKind::Notice, "notice", "严重失信主体名单认定预先告知书", "告"},
    {DocumentKind::Decision, "decision", "严重失信主体名单认定决定书", ""},
    {DocumentKind::RepairNotice, "repair-notice", "信用修复告知书", "修"},
    {DocumentKind::Removal, "removal", "严重失信主体名单移出决定书", "移"},
};

const KindRow& row(DocumentKind kind)
{
    for (const auto& candidate : kKinds) {
        if (candidate.kind == kind)
            return candidate;
    }
    return kKinds[0];
}
} // namespace

QList<DocumentKind> DocumentKinds::all()
{
    QList<DocumentKind> kinds;
    for (const auto& candidate : kKinds)
        kinds << candidate.kind;
    return kinds;
}

QString DocumentKinds::id(DocumentKind kind)
{
    return QString::fromLatin1(row(kind).id);
}

std::optional<DocumentKind> DocumentKinds::parse(const QString& id)
{
    for (const auto& candidate : kKinds) {
        if (id.trimmed() == QLatin1String(candidate.id))
            return candidate.kind;
    }
    return std::nullopt;
}

QString DocumentKinds::officialName(DocumentKind kind)
{
    return QString::fromUtf8(row(kind).officialName);
}

QString DocumentKinds::displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Notice:
        return tr("Prior notice of listing");
    case DocumentKind::Decision:
        return tr("Listing decision");
    case DocumentKind::RepairNotice:
        return tr("Credit repair notice");
    case DocumentKind::Removal:
        return tr("Removal decision");
    }
    return {};
}

QString DocumentKinds::defaultNumberMark(DocumentKind kind)
{
    return QString::fromUtf8(row(kind).numberMark);
}
