#include "DemoCases.h"

#include "Clock.h"
#include "ListingDraft.h"
#include "cases/CaseEngine.h"
#include "cases/CaseStore.h"
#include "reference/ListDomainStore.h"
#include "security/Accounts.h"
#include "storage/Database.h"

namespace {
struct Step
{
    int day; // relative to now
    const char* transition; // "create" opens the draft
    const char* note;
};

struct DemoCase
{
    const char* domain;
    const char* measure;
    const char* facts;
    QList<Step> steps;
};

const char* const kSafety = "work_safety_serious";
const char* const kWages = "migrant_wage_arrears";
const char* const kSafetyFacts = "2026年1月，该单位在生产经营中存在重大事故隐患，经责令限期整改后拒不整改，继续组织"
                                 "作业，导致发生一起生产安全事故，造成一人死亡，经调查认定该单位对事故负有责任";
const char* const kWagesFacts = "该单位拖欠农民工工资数额较大，经人力资源社会保障行政部门责令限期支付后逾期仍不支付";

// One case for each state of the listing table, in the order of the table.
QList<DemoCase> demoCases()
{
    const Step create{-21, "create", ""};
    const Step submit{-21, "submit", ""};
    const Step pass{-21, "pass_review", "事实清楚，证据充分，同意报批"};
    const Step notice{-20, "approve_notice", ""};
    const Step decide{0, "decide", ""};
    const Step list{0, "list", ""};
    const Step object{-18, "object", "当事人书面提出异议，称拖欠工资已于2月全部结清，并提交银行转账凭证"};
    const Step revoke{0, "remove", "原认定决定所依据的事故调查结论经复核撤销，依法撤销认定决定"};
    const Step drop{-20, "drop", "经审核，拖欠工资已在立案前全部支付，不予列入"};
    const Step recentCreate{-2, "create", ""};
    const Step recentSubmit{-2, "submit", ""};
    const Step recentPass{-2, "pass_review", ""};
    const Step recentNotice{-1, "approve_notice", ""};
    return {
        {kSafety, "NM07", kSafetyFacts, {recentCreate}},
        {kWages, "NM10", kWagesFacts, {recentCreate, recentSubmit}},
        {kSafety, "NM07", kSafetyFacts, {recentCreate, recentSubmit, recentPass, recentNotice}},
        {kWages, "NM10", kWagesFacts, {create, submit, pass, notice, object}},
        {kSafety, "NM07", kSafetyFacts, {create, submit, pass, notice, decide}},
        {kWages, "NM10", kWagesFacts, {create, submit, pass, notice, decide, list}},
        {kSafety, "NM07", kSafetyFacts, {create, submit, pass, notice, decide, list, revoke}},
        {kWages, "NM10", kWagesFacts, {create, submit, drop}},
    };
}

QString loginFor(const Transition& transition)
{
    if (transition.roles.contains(Role::Officer))
        return QStringLiteral("officer1");
    return transition.roles.contains(Role::Reviewer) ? QStringLiteral("reviewer1") : QStringLiteral("approver1");
}

class Runner
{
public:
    explicit Runner(Database& db)
        : m_db(db)
    { }

    Result<Actor> actor(const QString& login)
    {
        auto user = Accounts(m_db).findUser(login);
        if (!user)
            return user.error();
        return Accounts::actorFor(*user);
    }

    Status run(const DemoCase& demo, qint64 subjectId, qint64 recordId)
    {
        qint64 caseId = 0;
        for (const Step& step : demo.steps) {
            Clock::setTestTime(m_base.addDays(step.day));
            if (auto done = caseId == 0 ? create(demo, subjectId, recordId, caseId) : fire(caseId, step); !done)
                return done;
        }
        return {};
    }

    Status create(const DemoCase& demo, qint64 subjectId, qint64 recordId, qint64& caseId)
    {
        auto domain = ListDomainStore(m_db).findByCode(QString::fromLatin1(demo.domain));
        auto officer = actor(QStringLiteral("officer1"));
        if (!domain || !officer)
            return !domain ? domain.error() : officer.error();
        ListingDraft draft;
        draft.subjectId = subjectId;
        draft.listDomainId = domain->id;
        draft.facts = QString::fromUtf8(demo.facts);
        draft.recordIds = {recordId};
        draft.measureKeys = {QString::fromLatin1(demo.measure)};
        auto created = ListingDrafts(m_db).create(*officer, draft);
        if (!created)
            return created.error();
        caseId = created->id;
        return {};
    }

    Status fire(qint64 caseId, const Step& step)
    {
        auto current = CaseStore(m_db).find(caseId);
        if (!current)
            return current.error();
        const QString id = QString::fromLatin1(step.transition);
        const Transition* transition = CaseTypes::find(current->type)->transition(id);
        auto who = actor(loginFor(*transition));
        if (!who)
            return who.error();
        TransitionInput input{QString::fromUtf8(step.note), {}};
        if (id == QLatin1String("remove"))
            input.fields.insert(QStringLiteral("ground"), QStringLiteral("revocation"));
        auto fired = CaseEngine(m_db).fire(*who, caseId, current->version, id, input);
        return fired ? Status() : Status(fired.error());
    }

    QDateTime m_base = Clock::currentDateTimeUtc();

private:
    Database& m_db;
};

// Organisations with a credit record, one record each: who the demo cases are about.
Result<QList<QPair<qint64, qint64>>> demoSubjects(Database& db, int count)
{
    auto rows = db.exec(QStringLiteral("SELECT s.id, MIN(r.id) FROM subjects s JOIN credit_records r ON r.subject_id = "
                                       "s.id WHERE s.kind <> 'natural_person' AND s.status = 'active' GROUP BY s.id "
                                       "ORDER BY s.id LIMIT ?"),
                        {count});
    if (!rows)
        return rows.error();
    QList<QPair<qint64, qint64>> list;
    while (rows->next())
        list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong()});
    if (list.size() < count)
        return Error::invalid(DemoCases::tr("The demo cases need %1 organisations with credit records; install the "
                                            "demo registry first.")
                                  .arg(count));
    return list;
}
} // namespace

Status DemoCases::install(Database& db)
{
    auto existing = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_type = 'listing'"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return {};
    const QList<DemoCase> cases = demoCases();
    auto subjects = demoSubjects(db, int(cases.size()));
    if (!subjects)
        return subjects.error();
    const bool pinned = Clock::isTestTime();
    Runner runner(db);
    Status status;
    for (int i = 0; i < cases.size() && status.ok(); ++i)
        status = runner.run(cases.at(i), subjects->at(i).first, subjects->at(i).second);
    if (pinned)
        Clock::setTestTime(runner.m_base);
    else
        Clock::useSystemTime();
    return status;
}
