#include "SampleData.h"

#include "Clock.h"
#include "PublicationWindow.h"
#include "RecordTerms.h"
#include "SubjectNameIndex.h"
#include "SubjectNames.h"
#include "domain/ResidentId.h"
#include "domain/Uscc.h"
#include "rules/RuleProfileStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSaveFile>

namespace {
const QStringList kPlaces
    = {QStringLiteral("庐山"), QStringLiteral("九江"), QStringLiteral("星子"), QStringLiteral("白鹿"),
       QStringLiteral("温泉"), QStringLiteral("海会"), QStringLiteral("华林"), QStringLiteral("蓼南"),
       QStringLiteral("横塘"), QStringLiteral("蛟塘"), QStringLiteral("南康"), QStringLiteral("鄱湖")};
const QStringList kWords
    = {QStringLiteral("恒信"), QStringLiteral("瑞丰"), QStringLiteral("鑫源"), QStringLiteral("汇通"),
       QStringLiteral("宏达"), QStringLiteral("博远"), QStringLiteral("嘉禾"), QStringLiteral("长青"),
       QStringLiteral("盛世"), QStringLiteral("华泰"), QStringLiteral("天成"), QStringLiteral("永安"),
       QStringLiteral("正和"), QStringLiteral("康宁"), QStringLiteral("明德"), QStringLiteral("云帆"),
       QStringLiteral("锦程"), QStringLiteral("益民"), QStringLiteral("通达"), QStringLiteral("金桥"),
       QStringLiteral("绿源"), QStringLiteral("佳和"), QStringLiteral("安泰"), QStringLiteral("新丰")};
const QStringList kTrades
    = {QStringLiteral("食品"),     QStringLiteral("建材"),     QStringLiteral("物流"),     QStringLiteral("餐饮管理"),
       QStringLiteral("医药"),     QStringLiteral("建筑工程"), QStringLiteral("电子科技"), QStringLiteral("农业开发"),
       QStringLiteral("旅游开发"), QStringLiteral("环保科技"), QStringLiteral("商贸"),     QStringLiteral("矿业")};
const QStringList kForms = {QStringLiteral("有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("股份有限公司"),
                            QStringLiteral("合作社")};
const QStringList kSurnames
    = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
       QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"), QStringLiteral("周"),
       QStringLiteral("徐"), QStringLiteral("孙"), QStringLiteral("胡"), QStringLiteral("朱"), QStringLiteral("欧阳")};
const QStringList kGiven = {
    QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),   QStringLiteral("敏"),  QStringLiteral("静"),
    QStringLiteral("强"),   QStringLiteral("磊"),   QStringLiteral("军"),   QStringLiteral("洋"),  QStringLiteral("勇"),
    QStringLiteral("艳"),   QStringLiteral("杰"),   QStringLiteral("涛"),   QStringLiteral("明"),  QStringLiteral("超"),
    QStringLiteral("秀英"), QStringLiteral("建华"), QStringLiteral("志强"), QStringLiteral("𠮷祥")};
const QStringList kAuthorities = {QStringLiteral("庐山市市场监督管理局"), QStringLiteral("国家税务总局庐山市税务局"),
                                  QStringLiteral("庐山市应急管理局"), QStringLiteral("庐山市人力资源和社会保障局"),
                                  QStringLiteral("庐山市生态环境局")};
const QStringList kAuthorityShort = {QStringLiteral("庐市监罚"), QStringLiteral("庐税稽罚"), QStringLiteral("庐应急罚"),
                                     QStringLiteral("庐人社罚"), QStringLiteral("庐环罚")};
const QStringList kFacts = {
    QStringLiteral("生产经营不符合食品安全标准的食品，货值金额较大"),
    QStringLiteral("未按规定期限办理纳税申报和报送纳税资料"),
    QStringLiteral("未按规定对从业人员进行安全生产教育和培训"),
    QStringLiteral("克扣劳动者工资，经责令限期支付逾期未支付"),
    QStringLiteral("超标排放大气污染物"),
};
const QStringList kBases = {
    QStringLiteral("《中华人民共和国食品安全法》第一百二十四条第一款"),
    QStringLiteral("《中华人民共和国税收征收管理法》第六十二条"),
    QStringLiteral("《中华人民共和国安全生产法》第九十七条"),
    QStringLiteral("《劳动保障监察条例》第二十六条"),
    QStringLiteral("《中华人民共和国大气污染防治法》第九十九条"),
};
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// 17 characters of a USCC built from n (registration authority 9, type 1, division 360429 for
// 庐山市), completed with its check character. The nine characters of the organisation code are n
// times a number prime to 31 modulo 31^9, so they spread like real ones and never repeat.
QString usccFor(qint64 n)
{
    constexpr qint64 kModulus = 26439622160671; // 31^9
    qint64 rest = (n % kModulus) * 300007 % kModulus; // below 2^63 for every n
    QString body;
    for (int i = 0; i < 9; ++i) {
        body.prepend(kAlphabet.at(int(rest % 31)));
        rest /= 31;
    }
    const QString code = QStringLiteral("91360429") + body;
    return code + Uscc::checkCharacter(code);
}

// An 18-digit resident ID for person n, born between 1950 and 2004: the sequence digits are n % 1000,
// the birthday runs through 20,000 days (7919 is prime to 20,000, so no two k share one) and the
// county changes every 20,000 days, which keeps the numbers unique below n = 1.6 × 10^9.
QString residentIdFor(qint64 n)
{
    const qint64 k = n / 1000;
    const QDate birth = QDate(1950, 1, 1).addDays((k * 7919) % 20000);
    const QString area = QStringLiteral("3604%1").arg(20 + (k / 20000) % 80, 2, 10, QLatin1Char('0'));
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}
} // namespace

QString SampleData::companyName(qint64 n)
{
    const QString place = kPlaces.at(m_random.bounded(int(kPlaces.size())));
    const QString word = kWords.at(m_random.bounded(int(kWords.size())));
    const QString trade = kTrades.at(m_random.bounded(int(kTrades.size())));
    const QString form = kForms.at(m_random.bounded(int(kForms.size())));
    // Towns of the city carry the city's name first; a few companies have branches (…第3分公司), the
    // way real registers tell them apart.
    const QString city = place == QStringLiteral("九江") ? QStringLiteral("九江市")
        : place == QStringLiteral("庐山")                ? QStringLiteral("庐山市")
                                                         : QStringLiteral("庐山市") + place;
    const QString branch = n % 97 == 0 ? QStringLiteral("第%1分公司").arg(n % 9 + 1) : QString();
    return city + word + trade + form + branch;
}

QString SampleData::personName()
{
    return kSurnames.at(m_random.bounded(int(kSurnames.size()))) + kGiven.at(m_random.bounded(int(kGiven.size())))
        + (m_random.bounded(3) == 0 ? kGiven.at(m_random.bounded(int(kGiven.size()))) : QString());
}

Subject SampleData::subject(qint64 n)
{
    Subject subject;
    subject.id = 0;
    const int pick = int(n % 12);
    if (pick < 3) {
        subject.kind = QStringLiteral("natural_person");
        subject.idType = QStringLiteral("resident_id");
        subject.code = residentIdFor(n);
        subject.name = personName();
    } else {
        subject.kind = pick < 5 ? QStringLiteral("individual_business") : QStringLiteral("legal_person");
        subject.idType = QStringLiteral("uscc");
        subject.code = usccFor(n);
        subject.name = pick < 5
            ? QStringLiteral("庐山市%1%2店").arg(kWords.at(int(n % kWords.size())), kTrades.at(int(n % kTrades.size())))
            : companyName(n);
        subject.legalRepresentative = personName();
    }
    return subject;
}

QStringList SampleData::csvHeader()
{
    return {QStringLiteral("行政相对人名称"),
            QStringLiteral("行政相对人类别"),
            QStringLiteral("统一社会信用代码"),
            QStringLiteral("法定代表人"),
            QStringLiteral("证件类型"),
            QStringLiteral("证件号码"),
            QStringLiteral("行政处罚决定书文号"),
            QStringLiteral("违法行为类型"),
            QStringLiteral("违法事实"),
            QStringLiteral("处罚依据"),
            QStringLiteral("处罚类别"),
            QStringLiteral("处罚内容"),
            QStringLiteral("罚款金额（万元）"),
            QStringLiteral("处罚决定日期"),
            QStringLiteral("处罚机关"),
            QStringLiteral("失信程度"),
            QStringLiteral("备注")};
}

QStringList SampleData::csvRow(const Subject& subject, qint64 n, QDate from, QDate to)
{
    const int which = int(n % kAuthorities.size());
    const bool person = subject.kind == QLatin1String("natural_person");
    const QDate date = from.addDays(m_random.bounded(int(std::max<qint64>(1, from.daysTo(to) + 1))));
    const int tierPick = m_random.bounded(10);
    const QString tier = tierPick < 2 ? QStringLiteral("严重")
        : tierPick < 8                ? QStringLiteral("一般")
                                      : QStringLiteral("轻微");
    const QString fine = QString::number(m_random.bounded(1, 500) / 10.0, 'f', 1);
    return {subject.name,
            person                                                     ? QStringLiteral("自然人")
                : subject.kind == QLatin1String("individual_business") ? QStringLiteral("个体工商户")
                                                                       : QStringLiteral("法人及非法人组织"),
            person ? QString() : subject.code,
            subject.legalRepresentative,
            person ? QStringLiteral("身份证") : QString(),
            person ? subject.code : QString(),
            QStringLiteral("%1〔%2〕%3号").arg(kAuthorityShort.at(which)).arg(date.year()).arg(n),
            QStringLiteral("一般违法行为"),
            kFacts.at(which),
            kBases.at(which),
            QStringLiteral("罚款"),
            QStringLiteral("罚款人民币%1万元").arg(fine),
            fine,
            date.toString(Qt::ISODate),
            kAuthorities.at(which),
            tier,
            QString()};
}

Status SampleData::writeCsv(const QString& path, qint64 firstSubject, int rows, QDate from, QDate to)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::environment(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(csvHeader().join(u',').toUtf8() + "\r\n");
    for (int i = 0; i < rows; ++i) {
        const qint64 n = firstSubject + i;
        file.write(csvRow(subject(n), n, from, to).join(u',').toUtf8() + "\r\n");
    }
    if (!file.commit())
        return Error::environment(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status SampleData::fill(Database& db, qint64 subjects, qint64 records,
                        const std::function<void(qint64, qint64)>& progress)
{
    auto profiles = RuleProfileStore(db).list();
    if (!profiles)
        return profiles.error();
    auto department = db.scalar(QStringLiteral("SELECT id FROM departments ORDER BY id LIMIT 1"));
    auto item = db.scalar(QStringLiteral("SELECT id FROM catalog_items WHERE item_key = 'N03.01' ORDER BY version_no "
                                         "DESC LIMIT 1"));
    if (!department || !item || department->isNull() || item->isNull())
        return Error::invalid(QStringLiteral("The sample data needs a department and the catalog item N03.01."));
    const qint64 total = subjects + records;
    constexpr qint64 kBatch = 50000;
    qint64 done = 0;
    // Subjects, in batches of one transaction each so memory stays flat.
    for (qint64 start = 0; start < subjects; start += kBatch) {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.status();
        auto insert
            = db.prepare(QStringLiteral("INSERT INTO subjects (id, kind, id_type, code, name, name_search, "
                                        "legal_representative, department_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        QList<QPair<qint64, QString>> named;
        for (qint64 n = start; n < std::min(subjects, start + kBatch); ++n) {
            const Subject s = subject(n);
            named << qMakePair(n + 1, SubjectNames::searchKey(s.name));
            if (auto ran = db.run(
                    *insert,
                    {n + 1, s.kind, s.idType, s.code, s.name, named.last().second, s.legalRepresentative, *department});
                !ran)
                return ran;
        }
        if (auto indexed = SubjectNameIndex::add(db, named); !indexed)
            return indexed;
        if (auto committed = transaction.commit(); !committed)
            return committed;
        done = std::min(subjects, start + kBatch);
        if (progress)
            progress(done, total);
    }
    const QDate from(2023, 5, 1);
    const QDate to(2026, 11, 20);
    const int span = int(from.daysTo(to));
    for (qint64 start = 0; start < records; start += kBatch) {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.status();
        auto insert = db.prepare(QStringLiteral(
            "INSERT INTO credit_records (id, subject_id, catalog_item_id, source_department_id, decision_number, "
            "authority, facts, basis, content, penalty_kind, amount_fen, tier, decision_date, rule_profile_id, "
            "repairable_from, publish_until, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        for (qint64 n = start; n < std::min(records, start + kBatch); ++n) {
            const int which = int(n % kAuthorities.size());
            const QDate date = from.addDays(m_random.bounded(span));
            const int tierPick = m_random.bounded(10);
            const PublicationTier tier = tierPick < 2 ? PublicationTier::Serious
                : tierPick < 8                        ? PublicationTier::General
                                                      : PublicationTier::Minor;
            const RuleProfile* profile = nullptr;
            for (const auto& candidate : std::as_const(*profiles))
                profile = candidate.covers(date) ? &candidate : profile;
            if (!profile)
                return Error::invalid(QStringLiteral("No rule profile covers %1.").arg(date.toString(Qt::ISODate)));
            const PublicationWindow window = PublicationWindow::of(*profile, tier, date);
            const qint64 amount = qint64(m_random.bounded(1, 500)) * 100000;
            if (auto ran = db.run(
                    *insert,
                    {n + 1, qint64(m_random.bounded(quint64(subjects))) + 1, *item, *department,
                     QStringLiteral("%1〔%2〕%3号").arg(kAuthorityShort.at(which)).arg(date.year()).arg(n + 1),
                     kAuthorities.at(which), kFacts.at(which), kBases.at(which),
                     QStringLiteral("罚款人民币%1万元").arg(RecordTerms::formatWan(amount)), QStringLiteral("罚款"),
                     amount, RecordTerms::tierId(tier), date.toString(Qt::ISODate), profile->id,
                     window.repairableFrom.toString(Qt::ISODate), window.publishUntil.toString(Qt::ISODate),
                     window.publishUntil <= Clock::currentDate() ? QStringLiteral("expired")
                                                                 : QStringLiteral("publishing")});
                !ran)
                return ran;
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
        done = subjects + std::min(records, start + kBatch);
        if (progress)
            progress(done, total);
    }
    // The ids were given here: the database's own numbering continues after them.
    for (const auto* table : {"subjects", "credit_records"}) {
        if (auto moved = db.syncIdSequence(QLatin1String(table)); !moved)
            return moved;
    }
    if (auto analysed = db.exec(QStringLiteral("ANALYZE")); !analysed)
        return analysed.error();
    return {};
}
