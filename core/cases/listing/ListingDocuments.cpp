#include "ListingDocuments.h"

#include "ListingCase.h"
#include "ListingDraft.h"
#include "cases/CaseDeadlines.h"
#include "cases/CaseStore.h"
#include "documents/DocumentRenderer.h"
#include "reference/LegalBasisStore.h"
#include "reference/ListDomainStore.h"
#include "registry/Masking.h"
#include "registry/SubjectStore.h"
#include "security/Accounts.h"
#include "storage/Settings.h"

namespace {
using Values = QHash<QString, QString>;

QString sentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || QStringLiteral("。！？；").contains(trimmed.back()))
        return trimmed;
    return trimmed + u'。';
}

QString chineseOrdinal(int n)
{
    static const QStringList digits = {
        QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"),
        QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"), QStringLiteral("十")};
    if (n >= 1 && n <= 10)
        return digits.at(n - 1);
    if (n < 20)
        return QStringLiteral("十") + digits.at(n - 11);
    return QString::number(n);
}

Result<QString> citations(Database& db, const QList<qint64>& basisIds)
{
    auto bases = LegalBasisStore(db).byIds(basisIds);
    if (!bases)
        return bases.error();
    QStringList list;
    for (const auto& basis : std::as_const(*bases))
        list << basis.citation();
    return list.join(QStringLiteral("和"));
}

// （一）name（依据：《…》第…条）；… one line per measure, the last ending with 。
Result<QString> measureLines(Database& db, const QList<Measure>& measures)
{
    QStringList lines;
    for (int i = 0; i < measures.size(); ++i) {
        auto basis = citations(db, measures.at(i).basisIds);
        if (!basis)
            return basis.error();
        lines << QStringLiteral("（%1）%2（依据：%3）%4")
                     .arg(chineseOrdinal(i + 1), measures.at(i).name, *basis,
                          i + 1 == measures.size() ? QStringLiteral("。") : QStringLiteral("；"));
    }
    return lines.join(u'\n');
}

std::optional<IssuedDocument> latest(const QList<IssuedDocument>& documents, DocumentKind kind)
{
    for (auto it = documents.crbegin(); it != documents.crend(); ++it) {
        if (it->kind == kind && !it->voided)
            return *it;
    }
    return std::nullopt;
}

QDate issuedDate(const IssuedDocument& document)
{
    return QDateTime::fromString(document.issuedAt, Qt::ISODateWithMs).toLocalTime().date();
}

// What the party said, for the decision: nothing, or the objections and the office's answers.
QString statementsText(const QList<TimelineEvent>& timeline)
{
    QStringList parts;
    for (const auto& event : timeline) {
        if (event.event == QLatin1String("object"))
            parts << QStringLiteral("你（单位）在规定期限内提出异议：") + sentence(event.note);
        else if (event.event == QLatin1String("objection_rejected"))
            parts << QStringLiteral("经核实，本机关认为：") + sentence(event.note);
    }
    if (parts.isEmpty())
        return QStringLiteral("你（单位）在规定期限内未提出陈述、申辩和异议。");
    return parts.join(QString());
}

QString removalReason(const QString& ground, const QString& note, const QString& period)
{
    if (ground == QLatin1String("period_end"))
        return QStringLiteral("现列入期限%1已届满。").arg(period) + sentence(note);
    if (ground == QLatin1String("early"))
        return QStringLiteral("你（单位）已符合提前移出条件：") + sentence(note);
    return QStringLiteral("经复核，原认定决定依法撤销：") + sentence(note);
}

Status officeValues(TransitionContext& c, Values& values)
{
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("复议机关"), QStringLiteral("documents.reconsideration_authority")},
        {QStringLiteral("管辖法院"), QStringLiteral("documents.court")},
        {QStringLiteral("联系电话"), QStringLiteral("documents.contact_phone")},
        {QStringLiteral("联系地址"), QStringLiteral("documents.contact_address")},
    };
    for (const auto& [field, key] : settings) {
        auto value = Settings::value(c.db, key);
        if (!value)
            return value.error();
        values.insert(field, *value);
    }
    auto officer = Accounts(c.db).findUser(c.current.assignee);
    values.insert(QStringLiteral("联系人"), officer ? officer->name : c.actor.name);
    return {};
}

// The measures as proposed, resolved to the versions in force today (only the notice and the decision
// print them; a removal years later must not depend on today's measures list).
Result<QString> proposedMeasures(TransitionContext& c)
{
    ListingDrafts drafts(c.db);
    auto draft = drafts.read(c.actor, c.current.id);
    if (!draft)
        return draft.error();
    auto checked = drafts.check(*draft, c.today);
    if (!checked)
        return checked.error();
    return measureLines(c.db, checked->measures);
}

Status draftValues(TransitionContext& c, DocumentKind kind, Values& values, ListDomain& domain)
{
    auto subject = SubjectStore(c.db).find(c.current.subjectId);
    auto listing = ListingCases(c.db).find(c.current.id);
    if (!subject || !listing)
        return !subject ? subject.error() : listing.error();
    auto found = ListDomainStore(c.db).find(listing->listDomainId);
    if (!found)
        return found.error();
    domain = *found;
    auto basis = citations(c.db, domain.basisIds);
    if (!basis)
        return basis.error();
    if (kind == DocumentKind::Notice || kind == DocumentKind::Decision) {
        auto measures = proposedMeasures(c);
        if (!measures)
            return measures.error();
        values.insert(QStringLiteral("惩戒措施"), *measures);
    }
    const QString period = ListingDocuments::periodText(domain.listingPeriodMonths);
    const QDate from = c.current.decidedOn.isValid() ? c.current.decidedOn : c.today;
    const QDate until = CaseDeadlines::dueDate({}, from, domain.listingPeriodMonths, DeadlineCounting::Months).date;
    values.insert(QStringLiteral("当事人名称"), subject->name);
    values.insert(QStringLiteral("统一社会信用代码"), Masking::code(subject->idType, subject->code));
    values.insert(QStringLiteral("列入领域"), domain.name);
    values.insert(QStringLiteral("认定机关"), domain.decidingAuthority);
    values.insert(QStringLiteral("认定理由"), sentence(listing->facts));
    values.insert(QStringLiteral("认定依据"), *basis);
    values.insert(QStringLiteral("移出依据"), *basis);
    values.insert(QStringLiteral("列入期限"), period);
    values.insert(QStringLiteral("列入日期"), DocumentRenderer::formatDate(from));
    values.insert(QStringLiteral("移出条件"),
                  sentence(domain.earlyRemovalRule)
                      + QStringLiteral("列入期限为%1，自%2起至%3止。")
                            .arg(period, DocumentRenderer::formatDate(from), DocumentRenderer::formatDate(until)));
    return {};
}

Status caseValues(TransitionContext& c, Values& values, const ListDomain& domain)
{
    auto deadlines = CaseDeadlines(c.db).ofCase(c.current.id);
    auto documents = DocumentStore(c.db).ofCase(c.current.id);
    auto timeline = CaseStore(c.db).timeline(c.current.id);
    if (!deadlines || !documents || !timeline)
        return !deadlines ? deadlines.error() : !documents ? documents.error() : timeline.error();
    // The statement period starts on the day the notice is issued: its start is the notice date.
    QDate noticeDate;
    for (auto it = deadlines->crbegin(); it != deadlines->crend(); ++it) {
        if (it->kind == QLatin1String("statement")) {
            values.insert(
                QStringLiteral("陈述申辩期限"),
                QStringLiteral("%1个工作日（至%2）").arg(it->amount).arg(DocumentRenderer::formatDate(it->due)));
            noticeDate = it->start;
            break;
        }
    }
    if (!values.contains(QStringLiteral("陈述申辩期限")))
        values.insert(QStringLiteral("陈述申辩期限"), QStringLiteral("%1个工作日").arg(domain.statementWorkdays));
    if (auto notice = latest(*documents, DocumentKind::Notice)) {
        values.insert(QStringLiteral("告知书文号"), notice->number);
        values.insert(QStringLiteral("告知日期"),
                      DocumentRenderer::formatDate(noticeDate.isValid() ? noticeDate : issuedDate(*notice)));
    }
    if (auto decision = latest(*documents, DocumentKind::Decision)) {
        values.insert(QStringLiteral("认定决定文号"), decision->number);
        values.insert(
            QStringLiteral("认定日期"),
            DocumentRenderer::formatDate(c.current.decidedOn.isValid() ? c.current.decidedOn : issuedDate(*decision)));
    }
    values.insert(QStringLiteral("陈述申辩情况"), statementsText(*timeline));
    values.insert(QStringLiteral("移出日期"), DocumentRenderer::formatDate(c.today));
    values.insert(QStringLiteral("移出理由"),
                  removalReason(c.input.fields.value(QStringLiteral("ground")), c.input.note,
                                values.value(QStringLiteral("列入期限"))));
    values.insert(QStringLiteral("日期"), DocumentRenderer::formatDate(c.today));
    return {};
}
} // namespace

QStringList ListingDocuments::removalGrounds()
{
    return {QStringLiteral("period_end"), QStringLiteral("early"), QStringLiteral("revocation")};
}

QString ListingDocuments::periodText(int months)
{
    if (months % 12 != 0)
        return QStringLiteral("%1个月").arg(months);
    const int years = months / 12;
    return (years == 2 ? QStringLiteral("两") : chineseOrdinal(years)) + QStringLiteral("年");
}

Result<QHash<QString, QString>> ListingDocuments::values(TransitionContext& context, DocumentKind kind)
{
    // Every listing document takes its fields from the same case; each template picks the ones it uses.
    Values values;
    ListDomain domain;
    if (auto draft = draftValues(context, kind, values, domain); !draft)
        return draft.error();
    if (auto office = officeValues(context, values); !office)
        return office.error();
    if (auto fromCase = caseValues(context, values, domain); !fromCase)
        return fromCase.error();
    return values;
}
