#include "DocumentTemplateStore.h"

#include "Clock.h"
#include "DocumentRenderer.h"
#include "DocumentSettings.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kColumns
    = QStringLiteral("kind, version_no, title, addressee, body, note, saved_by, saved_at FROM document_templates");
const QString kSeedFile = QStringLiteral(":/seed/document_templates.json");
} // namespace

Result<QList<DocumentTemplate>> DocumentTemplateStore::select(const QString& where, const QVariantList& params)
{
    auto rows = m_db.exec(QStringLiteral("SELECT ") + kColumns + where, params);
    if (!rows)
        return rows.error();
    QList<DocumentTemplate> list;
    while (rows->next()) {
        DocumentTemplate row;
        row.kind = DocumentKinds::parse(rows->value(0).toString()).value_or(DocumentKind::Decision);
        row.version = rows->value(1).toInt();
        row.title = rows->value(2).toString();
        row.addressee = rows->value(3).toString();
        row.body = rows->value(4).toString();
        row.note = rows->value(5).toString();
        row.savedBy = rows->value(6).toString();
        row.savedAt = rows->value(7).toString();
        list << row;
    }
    return list;
}

Result<DocumentTemplate> DocumentTemplateStore::current(DocumentKind kind)
{
    auto found = select(QStringLiteral(" WHERE kind = ? ORDER BY version_no DESC LIMIT 1"), {DocumentKinds::id(kind)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no template for the %1 yet.").arg(DocumentKinds::officialName(kind)));
    return found->first();
}

Result<QList<DocumentTemplate>> DocumentTemplateStore::history(DocumentKind kind)
{
    return select(QStringLiteral(" WHERE kind = ? ORDER BY version_no DESC"), {DocumentKinds::id(kind)});
}

Result<DocumentTemplate> DocumentTemplateStore::save(const Actor& actor, const DocumentTemplate& edited)
{
    if (auto allowed = Permissions::require(actor, Permission::EditSettings); !allowed)
        return allowed.error();
    if (auto valid = DocumentTemplates::validate(edited); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status().error();
    // UNIQUE (kind, version_no) turns two administrators saving from the same version into one winner.
    const int version = edited.version + 1;
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO document_templates (kind, version_no, title, addressee, body, note, saved_by) "
                       "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM document_templates WHERE kind = ? "
                       "AND version_no >= ?)"),
        {DocumentKinds::id(edited.kind), version, edited.title.trimmed(), edited.addressee.trimmed(),
         edited.body.trimmed(), edited.note.trimmed(), actor.login, DocumentKinds::id(edited.kind), version});
    if (!inserted && inserted.error().kind != Error::Kind::Conflict)
        return inserted.error();
    if (!inserted || inserted->numRowsAffected() != 1)
        return Error::conflict(tr("Someone else saved the template of the %1 meanwhile. Reload it and try again.")
                                   .arg(DocumentKinds::officialName(edited.kind)));
    if (auto audited = AuditLog::append(
            m_db, actor, QStringLiteral("document.template_saved"), QStringLiteral("document_template"),
            DocumentKinds::id(edited.kind) + u'/' + QString::number(version), true, edited.note.trimmed());
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return current(edited.kind);
}

QHash<QString, QString> DocumentTemplateStore::sampleValues()
{
    return {
        {QStringLiteral("当事人名称"), QStringLiteral("庐山市某某建筑工程有限公司")},
        {QStringLiteral("统一社会信用代码"), QStringLiteral("91360000MA35ABCD4X")},
        {QStringLiteral("列入领域"), QStringLiteral("安全生产严重失信主体名单")},
        {QStringLiteral("认定机关"), QStringLiteral("庐山市应急管理局")},
        {QStringLiteral("认定理由"),
         QStringLiteral("2026年3月12日，你单位承建的项目发生一起较大生产安全事故，造成3人死亡，经调查认定你单位"
                        "对事故发生负有责任。")},
        {QStringLiteral("认定依据"),
         QStringLiteral("《中华人民共和国安全生产法》第七十八条和《安全生产严重失信主体名单"
                        "管理办法》（应急管理部令第11号）")},
        {QStringLiteral("惩戒措施"),
         QStringLiteral(
             "（一）将失信信息记入安全生产违法行为信息库并依法公开（依据：《中华人民共和国安全生产法》第七十八"
             "条）；\n（二）依法限制参加政府采购活动（依据：《中华人民共和国政府采购法》第二十二条）。")},
        {QStringLiteral("列入期限"), QStringLiteral("三年")},
        {QStringLiteral("列入日期"), QStringLiteral("2026年5月6日")},
        {QStringLiteral("移出条件"),
         QStringLiteral("列入名单满十二个月，你单位已纠正失信行为、履行相关义务，且未再"
                        "发生安全生产严重失信行为的，可以申请提前移出。")},
        {QStringLiteral("陈述申辩期限"), QStringLiteral("5个工作日")},
        {QStringLiteral("陈述申辩情况"), QStringLiteral("你单位在规定期限内未提出陈述、申辩和异议。")},
        {QStringLiteral("告知书文号"), QStringLiteral("庐信用办告〔2026〕2号")},
        {QStringLiteral("告知日期"), QStringLiteral("2026年4月20日")},
        {QStringLiteral("认定决定文号"), QStringLiteral("庐信用办〔2026〕3号")},
        {QStringLiteral("认定日期"), QStringLiteral("2026年5月6日")},
        {QStringLiteral("移出日期"), QStringLiteral("2029年5月6日")},
        {QStringLiteral("移出理由"), QStringLiteral("现列入期限已届满。")},
        {QStringLiteral("移出依据"), QStringLiteral("《安全生产严重失信主体名单管理办法》（应急管理部令第11号）")},
        {QStringLiteral("复议机关"), QStringLiteral("庐山市人民政府")},
        {QStringLiteral("管辖法院"), QStringLiteral("庐山市人民法院")},
        {QStringLiteral("联系人"), QStringLiteral("王晓明")},
        {QStringLiteral("联系电话"), QStringLiteral("0792-0000000")},
        {QStringLiteral("联系地址"), QStringLiteral("庐山市某某路1号")},
    };
}

Result<DocumentContent> DocumentTemplateStore::preview(const DocumentTemplate& edited)
{
    if (auto valid = DocumentTemplates::validate(edited); !valid)
        return valid.error();
    auto settings = DocumentSettings::load(m_db);
    if (!settings)
        return settings.error();
    const QDate today = Clock::currentDate();
    QHash<QString, QString> values = sampleValues();
    DocumentContent content = DocumentTemplates::fill(edited, values);
    content.authorityHeader = settings->authorityHeader;
    content.signer = settings->signer;
    content.date = today;
    // The sequence is only known when the document is issued; the preview shows where it goes.
    content.number
        = settings->number(edited.kind, today.year(), 1).replace(QStringLiteral("〕1号"), QStringLiteral("〕×号"));
    DocumentTemplates::replaceField(content, DocumentTemplates::numberField(), content.number);
    DocumentTemplates::replaceField(content, QStringLiteral("日期"), DocumentRenderer::formatDate(today));
    return content;
}

Result<QList<DocumentTemplate>> DocumentTemplateStore::shipped()
{
    QFile file(kSeedFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::environment(tr("The shipped document templates are missing from this program."), kSeedFile);
    QJsonParseError parseError;
    const auto json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (json.isNull())
        return Error::environment(tr("The shipped document templates cannot be read."), parseError.errorString());
    QList<DocumentTemplate> list;
    for (const auto& entry : json.object().value(QStringLiteral("templates")).toArray()) {
        const QJsonObject object = entry.toObject();
        const auto kind = DocumentKinds::parse(object.value(QStringLiteral("kind")).toString());
        if (!kind)
            return Error::environment(tr("The shipped document templates name an unknown kind of document."),
                                      object.value(QStringLiteral("kind")).toString());
        DocumentTemplate shippedTemplate;
        shippedTemplate.kind = *kind;
        shippedTemplate.title = object.value(QStringLiteral("title")).toString();
        shippedTemplate.addressee = object.value(QStringLiteral("addressee")).toString();
        QStringList lines;
        for (const auto& line : object.value(QStringLiteral("body")).toArray())
            lines << line.toString();
        shippedTemplate.body = lines.join(u'\n');
        // Stored data, read by the office whatever language the installer ran in.
        shippedTemplate.note = QStringLiteral("系统预置模板");
        if (auto valid = DocumentTemplates::validate(shippedTemplate); !valid)
            return valid.error();
        list << shippedTemplate;
    }
    return list;
}

Status DocumentTemplateStore::seedShipped()
{
    auto templates = shipped();
    if (!templates)
        return templates.error();
    const Actor setup = Actor::system(QStringLiteral("system:setup"));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.status();
    for (const auto& shippedTemplate : std::as_const(*templates)) {
        auto existing = current(shippedTemplate.kind);
        if (existing)
            continue;
        if (existing.error().kind != Error::Kind::NotFound)
            return existing.error();
        if (auto saved = save(setup, shippedTemplate); !saved)
            return saved.error();
    }
    return transaction.commit();
}
