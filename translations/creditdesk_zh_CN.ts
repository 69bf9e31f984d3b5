<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CreditDesk</source>
        <translation>关于信用业务办理平台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CreditDesk %1&lt;/h2&gt;&lt;p&gt;信用业务办理平台 — case handling for the social credit office: serious-dishonesty listing, objections, credit repair and information-query registration, under 国办发〔2020〕49号 and the city&apos;s implementation opinion.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;信用业务办理平台 %1&lt;/h2&gt;&lt;p&gt;信用业务办理平台（CreditDesk）依据国办发〔2020〕49号文件和本市实施意见，供社会信用体系建设领导小组办公室办理严重失信主体名单认定、异议处理、信用修复和信息查询使用登记等业务。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;数据库结构版本：%3&lt;br&gt;Qt %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>用户名“%1”无效：应由2至32个英文字母、数字、点号、连字符或下划线组成，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>部门“%1”不存在。</translation>
    </message>
    <message>
        <source>The department code &quot;%1&quot; is not valid: use 1 to 16 Latin letters, digits, dashes or underscores.</source>
        <translation>部门代码“%1”无效：应由1至16个英文字母、数字、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The department name must have 1 to 100 characters.</source>
        <translation>部门名称应为1至100个字符。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>该用户不存在。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <source>The full name must have 1 to 50 characters.</source>
        <translation>姓名应为1至50个字符。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken already.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>The password could not be hashed (libsodium failed).</source>
        <translation>无法生成密码哈希（libsodium 出错）。</translation>
    </message>
    <message>
        <source>This is the last active system administrator: create another one first.</source>
        <translation>这是最后一个启用中的系统管理员账号，请先另行创建一个系统管理员。</translation>
    </message>
    <message>
        <source>Someone else changed the account %1 meanwhile. Reload it and try again.</source>
        <translation>账号%1已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用本人的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号%1已停用。</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed attempts until %2.</source>
        <translation>账号%1因登录失败次数过多已被锁定，%2后解除锁定。</translation>
    </message>
    <message>
        <source>Wrong password for the %1th time: the account is locked for %2 minutes.</source>
        <translation>密码第%1次输入错误，账号已锁定%2分钟。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. %n attempt(s) left before the account locks.</source>
        <translation>
            <numerusform>用户名或密码错误。还可尝试%n次，之后账号将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>The department code %1 is taken already (%2).</source>
        <translation>部门代码%1已被使用（%2）。</translation>
    </message>
    <message>
        <source>A department named %1 exists already (code %2).</source>
        <translation>名为%1的部门已存在（代码%2）。</translation>
    </message>
</context>
<context>
    <name>AuditEvents</name>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>账号解锁</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>department created</source>
        <translation>创建部门</translation>
    </message>
    <message>
        <source>security policy changed</source>
        <translation>修改安全策略</translation>
    </message>
    <message>
        <source>calendar day set</source>
        <translation>设置日历日期</translation>
    </message>
    <message>
        <source>calendar day cleared</source>
        <translation>清除日历日期设置</translation>
    </message>
    <message>
        <source>calendar year added</source>
        <translation>添加日历年度</translation>
    </message>
    <message>
        <source>calendar year removed</source>
        <translation>删除日历年度</translation>
    </message>
    <message>
        <source>subject registered</source>
        <translation>登记主体</translation>
    </message>
    <message>
        <source>similar subject answered</source>
        <translation>答复疑似相同主体</translation>
    </message>
    <message>
        <source>subjects merged</source>
        <translation>合并主体</translation>
    </message>
    <message>
        <source>credit record entered</source>
        <translation>录入信用记录</translation>
    </message>
    <message>
        <source>credit record status changed</source>
        <translation>变更信用记录状态</translation>
    </message>
    <message>
        <source>publication ended</source>
        <translation>停止公示</translation>
    </message>
    <message>
        <source>department file imported</source>
        <translation>导入部门报送文件</translation>
    </message>
    <message>
        <source>department file refused</source>
        <translation>拒收部门报送文件</translation>
    </message>
    <message>
        <source>registry exported</source>
        <translation>导出信用信息库</translation>
    </message>
    <message>
        <source>document issued</source>
        <translation>制发文书</translation>
    </message>
    <message>
        <source>document voided</source>
        <translation>作废文书</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>新建办件</translation>
    </message>
    <message>
        <source>case draft saved</source>
        <translation>保存办件草稿</translation>
    </message>
    <message>
        <source>evidence attached</source>
        <translation>添加证据材料</translation>
    </message>
    <message>
        <source>deadline extended</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>deadlines recomputed</source>
        <translation>重新计算期限</translation>
    </message>
    <message>
        <source>case submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>case returned to the officer</source>
        <translation>退回经办人</translation>
    </message>
    <message>
        <source>prior notice approved</source>
        <translation>批准预先告知书</translation>
    </message>
    <message>
        <source>objection recorded</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>objection upheld, not listed</source>
        <translation>异议成立，不予列入</translation>
    </message>
    <message>
        <source>objection upheld, draft revised</source>
        <translation>异议成立，退回修改</translation>
    </message>
    <message>
        <source>objection rejected</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <source>listing decided</source>
        <translation>作出认定决定</translation>
    </message>
    <message>
        <source>subject listed</source>
        <translation>列入名单</translation>
    </message>
    <message>
        <source>subject removed from the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>case closed without listing</source>
        <translation>办结（不予列入）</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>document template saved</source>
        <translation>保存文书模板</translation>
    </message>
    <message>
        <source>case handed to another officer</source>
        <translation>办件转交其他经办人</translation>
    </message>
    <message>
        <source>database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>database restored from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row was written outside a transaction.</source>
        <translation>有一条审计记录未在事务中写入。</translation>
    </message>
    <message>
        <source>The audit trail has lost its head row.</source>
        <translation>审计日志的首条记录已丢失。</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are missing before row %3.</source>
        <translation>第%3条记录之前缺少第%1至%2条记录。</translation>
    </message>
    <message>
        <source>Row %1 does not follow the row before it: a row was changed or removed.</source>
        <translation>第%1条记录与前一条记录不衔接：有记录被修改或删除。</translation>
    </message>
    <message>
        <source>Row %1 was changed after it was written.</source>
        <translation>第%1条记录在写入后被修改。</translation>
    </message>
    <message>
        <source>The trail ends at row %1 but %2 rows were written: the last rows were removed.</source>
        <translation>审计日志止于第%1条，但已写入%2条记录：末尾的记录已被删除。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Filter: user, event, object or detail</source>
        <translation>筛选：用户、事件、对象或详情</translation>
    </message>
    <message>
        <source>newest </source>
        <translation>最新 </translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验……</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows verified.</source>
        <translation>审计日志完整：已校验%1条记录。</translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation>审计日志在第%1条记录处断裂：%2</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>无法校验审计日志：%1</translation>
    </message>
</context>
<context>
    <name>BasisGuard</name>
    <message>
        <source>The list domain</source>
        <translation>该名单领域</translation>
    </message>
    <message>
        <source>The measure</source>
        <translation>该惩戒措施</translation>
    </message>
    <message>
        <source>%1 is no longer in force on %2 (its last day was %3)</source>
        <translation>%1于%2已失效（最后施行日为%3）</translation>
    </message>
    <message>
        <source>%1 is not yet in force on %2 (it takes effect on %3)</source>
        <translation>%1于%2尚未施行（自%3起施行）</translation>
    </message>
    <message>
        <source>%1 needs the date on which it takes effect.</source>
        <translation>%1须填写生效日期。</translation>
    </message>
    <message>
        <source>%1 cites no legal basis. Every list domain and measure must cite its legal basis directly (国办发〔2020〕49号).</source>
        <translation>%1未引用法律依据。每个名单领域和惩戒措施均须直接引用其法律依据（国办发〔2020〕49号）。</translation>
    </message>
    <message>
        <source>%1 rests only on a normative document (%2): a normative document alone is never a sufficient basis.</source>
        <translation>%1仅以规范性文件（%2）为依据：仅凭规范性文件不足以作为依据。</translation>
    </message>
    <message>
        <source>%1 is a %2</source>
        <translation>%1属于%2</translation>
    </message>
    <message>
        <source>%1 is a local addition and needs a local regulation (地方性法规) among its bases; %2.</source>
        <translation>%1属于地方补充事项，其依据中须包含地方性法规；%2。</translation>
    </message>
    <message>
        <source>%1 is a local addition and needs a local regulation in force when it takes effect: %2.</source>
        <translation>%1属于地方补充事项，须有在其生效时施行的地方性法规作为依据：%2。</translation>
    </message>
    <message>
        <source>a law, an administrative regulation, a Party Central / State Council policy document or a departmental rule</source>
        <translation>法律、行政法规、党中央、国务院政策文件或部门规章</translation>
    </message>
    <message>
        <source>a law, an administrative regulation or a Party Central / State Council policy document</source>
        <translation>法律、行政法规或党中央、国务院政策文件</translation>
    </message>
    <message>
        <source>%1 must rest on %2 (national scope); %3.</source>
        <translation>%1须以%2为依据（全国范围）；%3。</translation>
    </message>
    <message>
        <source>%1 has no basis in force on %2: %3.</source>
        <translation>%1于%2没有施行中的依据：%3。</translation>
    </message>
</context>
<context>
    <name>BasisLevels</name>
    <message>
        <source>law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>administrative regulation</source>
        <translation>行政法规</translation>
    </message>
    <message>
        <source>departmental rule</source>
        <translation>部门规章</translation>
    </message>
    <message>
        <source>Party Central / State Council policy document</source>
        <translation>党中央、国务院政策文件</translation>
    </message>
    <message>
        <source>local regulation</source>
        <translation>地方性法规</translation>
    </message>
    <message>
        <source>local government rule</source>
        <translation>地方政府规章</translation>
    </message>
    <message>
        <source>normative document</source>
        <translation>规范性文件</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>On a printer, as one print job</source>
        <translation>在打印机上作为一个打印任务打印</translation>
    </message>
    <message>
        <source>As PDF files in a folder, one per document</source>
        <translation>以PDF文件保存到文件夹，每份文书一个文件</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>批量打印文书</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>%1 is voided and is not printed.</source>
        <translation>%1 已作废，不予打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to print.</source>
        <translation>
            <numerusform>待打印文书%n份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>保存PDF文件的文件夹</translation>
    </message>
    <message>
        <source>Documents of the credit office</source>
        <translation>信用办文书</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 documents printed.</source>
        <translation>已取消：共%2份文书，已打印%1份。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 documents: %3</source>
        <translation>共%2份文书，打印%1份后停止：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) printed.</source>
        <translation>
            <numerusform>已打印文书%n份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed to: %1</source>
        <translation>打印到：%1</translation>
    </message>
    <message>
        <source>The printing could not be recorded in the audit trail: %1</source>
        <translation>打印情况未能记入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Mark as day off…</source>
        <translation>标记为休息日…</translation>
    </message>
    <message>
        <source>Mark as make-up working day…</source>
        <translation>标记为调休上班日…</translation>
    </message>
    <message>
        <source>Back to the weekday rule</source>
        <translation>恢复为普通日（按星期确定）</translation>
    </message>
    <message>
        <source>Add a year…</source>
        <translation>添加年度…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Red: day off in the State Council arrangement. Blue: make-up working day (调休上班).</source>
        <translation>红色：国务院节假日安排中的休息日。蓝色：调休上班日。</translation>
    </message>
    <message>
        <source>Count working days</source>
        <translation>计算工作日</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>增加：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>%1: %2 working days. Source: %3</source>
        <translation>%1年：%2个工作日。来源：%3</translation>
    </message>
    <message>
        <source>%1: the State Council arrangement is not loaded. Only weekends count as days off, and every deadline in this year is provisional.</source>
        <translation>%1年：尚未载入国务院节假日安排，仅将周末计为休息日，该年度内的所有期限均为暂定。</translation>
    </message>
    <message>
        <source>Name of %1 (e.g. 春节, 调休上班):</source>
        <translation>%1的名称（如春节、调休上班）：</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>添加年度</translation>
    </message>
    <message>
        <source>Year whose State Council arrangement you will enter:</source>
        <translation>拟录入国务院节假日安排的年度：</translation>
    </message>
    <message>
        <source>Source (the notice&apos;s title):</source>
        <translation>来源（通知标题）：</translation>
    </message>
    <message>
        <source> (provisional: a year on the way is not loaded)</source>
        <translation> （暂定：所跨年度中有年度尚未载入节假日安排）</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>The name of the day must have at most 40 characters.</source>
        <translation>日期名称不得超过40个字符。</translation>
    </message>
    <message>
        <source>The year %1 is not in the calendar yet: add the year first.</source>
        <translation>%1年尚未加入工作日历，请先添加该年度。</translation>
    </message>
    <message>
        <source>%1 is an ordinary day already.</source>
        <translation>%1已是普通日。</translation>
    </message>
    <message>
        <source>The year %1 is outside 2000 to 2100.</source>
        <translation>年度%1不在2000年至2100年之间。</translation>
    </message>
    <message>
        <source>The day %1 does not belong to the year %2.</source>
        <translation>日期%1不属于%2年。</translation>
    </message>
    <message>
        <source>The year %1 is in the calendar already.</source>
        <translation>%1年已在工作日历中。</translation>
    </message>
    <message>
        <source>The year %1 is not in the calendar.</source>
        <translation>%1年不在工作日历中。</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The case becomes: %1.</source>
        <translation>办件将转为：%1。</translation>
    </message>
    <message>
        <source>Issues the %1, numbered and stored unchangeably.</source>
        <translation>制发%1，编号并存档，不可更改。</translation>
    </message>
    <message>
        <source>Starts the deadline: %1.</source>
        <translation>开始计算期限：%1。</translation>
    </message>
    <message>
        <source>Ends the deadline as met: %1.</source>
        <translation>按期完成期限：%1。</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>办件：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Required: the reason, the reply or what the party says, in writing.</source>
        <translation>必填：书面写明理由、答复或当事人陈述的内容。</translation>
    </message>
    <message>
        <source>Optional: a note for the case&apos;s timeline.</source>
        <translation>选填：记入办理记录的说明。</translation>
    </message>
    <message>
        <source>Preview the documents…</source>
        <translation>预览文书…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择……</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>There is no evidence file with the id %1.</source>
        <translation>ID 为%1的证据材料不存在。</translation>
    </message>
    <message>
        <source>An evidence file needs a name of at most 200 characters.</source>
        <translation>证据材料的文件名应为1至200个字符。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; evidence files are limited to that size.</source>
        <translation>文件%1超过%2 MB，证据材料文件大小不得超过此限制。</translation>
    </message>
    <message>
        <source>The case %1 is closed: no evidence can be added.</source>
        <translation>办件%1已办结，不能再添加证据材料。</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n个自然日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no deadline with the id %1.</source>
        <translation>ID 为%1的期限不存在。</translation>
    </message>
    <message>
        <source>The deadline cannot be computed from %1.</source>
        <translation>无法以%1为起算日计算期限。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请填写延期理由。</translation>
    </message>
    <message>
        <source>Only a running deadline can be extended.</source>
        <translation>只有进行中的期限才能延期。</translation>
    </message>
    <message>
        <source>An extension moves the due date later than %1.</source>
        <translation>延期后的届满日期须晚于%1。</translation>
    </message>
    <message>
        <source>Someone else changed this deadline in the meantime. Reload the case and try again.</source>
        <translation>该期限已被他人修改，请重新加载办件后再试。</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Draft opened</source>
        <translation>拟认定立案</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>保存拟认定</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>上传证据</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>期限长度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>制发人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>制发时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>上传人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>修改拟认定…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>上传证据…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览和打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存PDF…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Records and measures</source>
        <translation>信用记录和惩戒措施</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Open subject…</source>
        <translation>查看主体…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Officer in charge:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>%1 (provisional: that year&apos;s calendar is not loaded)</source>
        <translation>%1（暂定：该年度节假日安排尚未载入）</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已制发</translation>
    </message>
    <message>
        <source>Credit record</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>上传证据</translation>
    </message>
    <message>
        <source>%1 is larger than %2: scan it at a lower resolution or split it.</source>
        <translation>%1 超过 %2：请降低扫描分辨率或拆分后上传。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Select a running deadline first.</source>
        <translation>请先选择一项正在计算的期限。</translation>
    </message>
    <message>
        <source>Handed to another officer</source>
        <translation>转交其他经办人</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <source>Hand the case to another officer</source>
        <translation>将办件转交其他经办人</translation>
    </message>
    <message>
        <source>Hand over the case</source>
        <translation>转交办件</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>CaseEngine</name>
    <message>
        <source>Only a user with the role %1 may %2.</source>
        <translation>只有%1才能执行“%2”。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>This version of CreditDesk does not know cases of the type %1.</source>
        <translation>当前版本的信用业务办理平台不支持%1类型的办件。</translation>
    </message>
    <message>
        <source>A case of this type has no action %1.</source>
        <translation>该类型的办件没有%1操作。</translation>
    </message>
    <message>
        <source>The case %1 is %2: &quot;%3&quot; is not possible in that state.</source>
        <translation>办件%1当前状态为“%2”，不能执行“%3”。</translation>
    </message>
    <message>
        <source>The case type names an unknown guard %1.</source>
        <translation>办件类型引用了未知的校验条件%1。</translation>
    </message>
    <message>
        <source>Someone else changed the case %1 while you were working on it (it is now %2). Reload the case and try again.</source>
        <translation>您办理期间，办件%1已被他人修改（当前状态为“%2”），请重新加载办件后再试。</translation>
    </message>
    <message>
        <source>The case type names an unknown effect %1.</source>
        <translation>办件类型引用了未知的处理动作%1。</translation>
    </message>
    <message>
        <source>The case changed in the meantime.</source>
        <translation>办件已被他人修改。</translation>
    </message>
    <message>
        <source>The case type %1 does not say how long the deadline %2 is.</source>
        <translation>办件类型%1未规定期限%2的长度。</translation>
    </message>
</context>
<context>
    <name>CaseExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Why the deadline moves, for the timeline and the audit trail.</source>
        <translation>延期的理由，将记入办理记录和审计日志。</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>现届满日：</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>新届满日：</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>CaseReasonDialog</name>
    <message>
        <source>Reason (required):</source>
        <translation>理由（必填）：</translation>
    </message>
</context>
<context>
    <name>CaseReassignDialog</name>
    <message>
        <source>Hand the case to another officer</source>
        <translation>将办件转交其他经办人</translation>
    </message>
    <message>
        <source>Why the case changes hands, for the timeline and the audit trail.</source>
        <translation>转交的理由，将记入办理记录和审计日志。</translation>
    </message>
    <message>
        <source>New officer in charge:</source>
        <translation>新经办人：</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>转交</translation>
    </message>
</context>
<context>
    <name>CaseScreens</name>
    <message>
        <source>New listing draft…</source>
        <translation>新建拟认定…</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>ID 为%1的办件不存在。</translation>
    </message>
    <message>
        <source>There is no case numbered %1.</source>
        <translation>编号为%1的办件不存在。</translation>
    </message>
    <message>
        <source>No case number could be allocated.</source>
        <translation>无法分配办件编号。</translation>
    </message>
    <message>
        <source>Give the reason for handing the case to another officer.</source>
        <translation>请说明将办件转交其他经办人的理由。</translation>
    </message>
    <message>
        <source>The case %1 is closed: it stays with the officer who handled it.</source>
        <translation>办件 %1 已办结，仍由原经办人负责。</translation>
    </message>
    <message>
        <source>The case %1 is already in the charge of %2.</source>
        <translation>办件 %1 已由 %2 经办。</translation>
    </message>
    <message>
        <source>%1 is not an active officer: only officers handle cases.</source>
        <translation>%1 不是在岗的经办人：办件只能由经办人办理。</translation>
    </message>
    <message>
        <source>Someone else changed the case %1 in the meantime. Reload it and try again.</source>
        <translation>办件 %1 已被他人修改，请重新载入后再试。</translation>
    </message>
</context>
<context>
    <name>CaseTerms</name>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>已超期%n个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已超期%n天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余%n个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计算中</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>the party&apos;s period is over</source>
        <translation>当事人期限已届满</translation>
    </message>
</context>
<context>
    <name>CaseTypes</name>
    <message>
        <source>period to state one&apos;s case or object</source>
        <translation>陈述申辩或提出异议期限</translation>
    </message>
    <message>
        <source>objection verification</source>
        <translation>异议核实期限</translation>
    </message>
    <message>
        <source>listing period</source>
        <translation>名单有效期</translation>
    </message>
    <message>
        <source>Serious-dishonesty listing</source>
        <translation>严重失信主体名单认定</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>拟认定</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>Objection being verified</source>
        <translation>异议核实中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>不予列入</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Return to the officer</source>
        <translation>退回经办人</translation>
    </message>
    <message>
        <source>Approve and issue the prior notice</source>
        <translation>批准并制发预先告知书</translation>
    </message>
    <message>
        <source>Record the party&apos;s objection</source>
        <translation>登记当事人异议</translation>
    </message>
    <message>
        <source>Objection upheld: do not list</source>
        <translation>异议成立：不予列入</translation>
    </message>
    <message>
        <source>Objection upheld: revise the draft</source>
        <translation>异议成立：修改拟认定内容</translation>
    </message>
    <message>
        <source>Objection rejected: continue</source>
        <translation>异议不成立：继续办理</translation>
    </message>
    <message>
        <source>Decide and serve the decision</source>
        <translation>作出并送达认定决定书</translation>
    </message>
    <message>
        <source>Put on the list</source>
        <translation>列入名单</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Do not list</source>
        <translation>不予列入</translation>
    </message>
    <message>
        <source>Pass the review</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no input %2; it takes: %3.</source>
        <translation>“%1”没有输入项%2；可用的输入项为：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>“%1”须填写：%2。</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; cannot be %3; choose one of: %4.</source>
        <translation>“%2”的%1不能为%3；请从以下选项中选择：%4。</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; must be a date such as 2026-03-05, not %3.</source>
        <translation>“%2”的%1须为日期（如2026-03-05），不能为%3。</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>What the officer must correct or add.</source>
        <translation>经办人须更正或补充的内容。</translation>
    </message>
    <message>
        <source>The party&apos;s objection</source>
        <translation>当事人异议</translation>
    </message>
    <message>
        <source>What the party says and the evidence it gives, as received.</source>
        <translation>当事人提出的意见及提供的证据，按收到时的内容填写。</translation>
    </message>
    <message>
        <source>Result of the verification</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>What was verified, with whom, and why the objection stands or fails.</source>
        <translation>核实了哪些内容、向谁核实，以及异议成立或不成立的理由。</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The facts that meet the removal ground.</source>
        <translation>符合移出情形的事实。</translation>
    </message>
    <message>
        <source>Why the subject is not listed.</source>
        <translation>不予列入的理由。</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>移出情形</translation>
    </message>
    <message>
        <source>The listing period has ended</source>
        <translation>认定期限届满</translation>
    </message>
    <message>
        <source>Early removal under the list&apos;s rule</source>
        <translation>依该名单规定提前移出</translation>
    </message>
    <message>
        <source>The decision is revoked</source>
        <translation>认定决定被撤销</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only cases in my charge</source>
        <translation>仅显示本人经办的办件</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部办件</translation>
    </message>
    <message>
        <source>Deadlines due within three working days</source>
        <translation>三个工作日内到期的期限</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>已超期的期限</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Case number, subject name or code</source>
        <translation>办件编号、主体名称或代码</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>最近届满日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余时间</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>共%n项期限</numerusform>
        </translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建办件…</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 件办件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>There is no catalog item with the number %1.</source>
        <translation>编号为%1的目录事项不存在。</translation>
    </message>
    <message>
        <source>The catalog item %1 is not in force on %2.</source>
        <translation>目录事项%1于%2未生效。</translation>
    </message>
    <message>
        <source>The national catalog has 13 classes; %1 is not one of them.</source>
        <translation>全国基础目录共有13个类别，%1不在其中。</translation>
    </message>
    <message>
        <source>The name of a catalog item must have 1 to 200 characters.</source>
        <translation>目录事项名称应为1至200个字符。</translation>
    </message>
    <message>
        <source>Describe the conduct or fact that the catalog item %1 records.</source>
        <translation>请说明目录事项%1所记录的行为或事实。</translation>
    </message>
    <message>
        <source>Name the department the information of %1 comes from.</source>
        <translation>请填写%1的信息来源部门。</translation>
    </message>
    <message>
        <source>State the disclosure period of %1 (the catalog fixes it).</source>
        <translation>请填写%1的公开期限（由目录规定）。</translation>
    </message>
    <message>
        <source>Give the date from which %1 is in force.</source>
        <translation>请填写%1的生效日期。</translation>
    </message>
    <message>
        <source>A legal basis is cited twice.</source>
        <translation>同一法律依据被重复引用。</translation>
    </message>
    <message>
        <source>The catalog key %1 is taken already.</source>
        <translation>目录事项标识%1已被使用。</translation>
    </message>
    <message>
        <source>The catalog item %1 is abolished; it cannot change any more.</source>
        <translation>目录事项%1已废止，不能再修改。</translation>
    </message>
    <message>
        <source>The new version of %1 must take effect after the current one (in force from %2).</source>
        <translation>%1的新版本须晚于现行版本生效（现行版本自%2起生效）。</translation>
    </message>
    <message>
        <source>%1 can be abolished from %2 at the earliest.</source>
        <translation>%1最早可自%2起废止。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CleanupDocuments</name>
    <message>
        <source>catalog items</source>
        <translation>目录事项</translation>
    </message>
    <message>
        <source>serious-dishonesty lists</source>
        <translation>严重失信主体名单</translation>
    </message>
    <message>
        <source>punishment measures</source>
        <translation>惩戒措施</translation>
    </message>
    <message>
        <source>credit repair rules</source>
        <translation>信用修复规则</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>abolish</source>
        <translation>废止</translation>
    </message>
    <message>
        <source>raise to a local regulation</source>
        <translation>提请制定地方性法规</translation>
    </message>
</context>
<context>
    <name>CleanupStore</name>
    <message>
        <source>The title of the document must have 1 to 200 characters.</source>
        <translation>文件标题应为1至200个字符。</translation>
    </message>
    <message>
        <source>Say what %1 provides: catalog items, lists, measures or repair rules.</source>
        <translation>请说明%1规定的内容：目录事项、名单、惩戒措施或修复规则。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something a document under review can provide.</source>
        <translation>“%1”不属于受审查文件可规定的内容。</translation>
    </message>
    <message>
        <source>A provision kind is named twice.</source>
        <translation>同一规定内容类型被重复填写。</translation>
    </message>
    <message>
        <source>Give the reason for the decision on %1.</source>
        <translation>请填写对%1作出处理决定的理由。</translation>
    </message>
    <message>
        <source>A review cannot be completed before it has a decision.</source>
        <translation>尚未作出处理决定，不能完成审查。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>There is no document under review with the number %1.</source>
        <translation>编号为%1的受审查文件不存在。</translation>
    </message>
    <message>
        <source>Someone else changed the review of %1 meanwhile. Reload it and try again.</source>
        <translation>%1的审查记录已被他人修改，请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no database at %1. Create it with: creditctl --db %2 init</source>
        <translation>%1处没有数据库。请用以下命令创建：creditctl --db %2 init</translation>
    </message>
    <message>
        <source>Usage: creditctl audit verify</source>
        <translation>用法：creditctl audit verify</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows verified.</source>
        <translation>审计日志完整：已校验%1条记录。</translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation>审计日志在第%1条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Usage: creditctl audit list [--limit N] [--filter TEXT]</source>
        <translation>用法：creditctl audit list [--limit N] [--filter TEXT]</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000.</source>
        <translation>--limit 须为1至100000之间的数字。</translation>
    </message>
    <message>
        <source>Usage: creditctl stats</source>
        <translation>用法：creditctl stats</translation>
    </message>
    <message>
        <source>audit verify                walk the audit hash chain</source>
        <translation>audit verify                逐条校验审计日志哈希链</translation>
    </message>
    <message>
        <source>audit list [--limit N] [--filter TEXT]   newest audit rows</source>
        <translation>audit list [--limit N] [--filter TEXT]   列出最新的审计记录</translation>
    </message>
    <message>
        <source>stats                       counts of what the database holds</source>
        <translation>stats                       统计数据库中各类数据的数量</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD, e.g. 2026-03-05.</source>
        <translation>“%1”不是日期：请按 YYYY-MM-DD 格式填写，如 2026-03-05。</translation>
    </message>
    <message>
        <source>No database yet: using the calendar shipped with CreditDesk.</source>
        <translation>尚无数据库：使用信用业务办理平台自带的工作日历。</translation>
    </message>
    <message>
        <source>Provisional: the span reaches a year whose holiday arrangement is not loaded; only weekends were taken as days off.</source>
        <translation>暂定：计算区间涉及尚未载入节假日安排的年度，仅将周末计为休息日。</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar add-workdays YYYY-MM-DD N</source>
        <translation>用法：creditctl calendar add-workdays YYYY-MM-DD N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of working days between -100000 and 100000.</source>
        <translation>“%1”不是-100000至100000之间的工作日数。</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar workdays FROM TO   (dates as YYYY-MM-DD)</source>
        <translation>用法：creditctl calendar workdays FROM TO   （日期格式为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar show YEAR</source>
        <translation>用法：creditctl calendar show YEAR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是有效年份。</translation>
    </message>
    <message>
        <source>%1: %2 working days%3</source>
        <translation>%1年：%2个工作日%3</translation>
    </message>
    <message>
        <source> (not loaded: weekends only, provisional)</source>
        <translation> （未载入节假日安排：仅计周末，暂定）</translation>
    </message>
    <message>
        <source>calendar add-workdays YYYY-MM-DD N   the date N working days after a date</source>
        <translation>calendar add-workdays YYYY-MM-DD N   计算某日期之后第N个工作日的日期</translation>
    </message>
    <message>
        <source>calendar workdays FROM TO   working days in (FROM, TO]</source>
        <translation>calendar workdays FROM TO   计算区间 (FROM, TO] 内的工作日数</translation>
    </message>
    <message>
        <source>calendar show YEAR          holidays and make-up days of a year</source>
        <translation>calendar show YEAR          显示某年度的节假日和调休上班日</translation>
    </message>
    <message>
        <source>Usage: creditctl init [--demo [--demo-password-stdin]]</source>
        <translation>用法：creditctl init [--demo [--demo-password-stdin]]</translation>
    </message>
    <message>
        <source>Password for the demo accounts: </source>
        <translation>演示账号的密码： </translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2).</source>
        <translation>数据库已就绪：%1（结构版本%2）。</translation>
    </message>
    <message>
        <source>Demo data added. The demo accounts have no password yet: set one with creditctl user passwd officer1 (and reviewer1, approver1, secadmin, auditor, scjg1).</source>
        <translation>演示数据已添加。演示账号尚未设置密码：请用 creditctl user passwd officer1 设置（reviewer1、approver1、secadmin、auditor、scjg1 同样设置）。</translation>
    </message>
    <message>
        <source>Demo data added; the demo accounts use the password you gave.</source>
        <translation>演示数据已添加；演示账号使用您输入的密码。</translation>
    </message>
    <message>
        <source>No account exists yet: start creditdesk to create the system administrator, or run creditctl user add --role sysadmin ...</source>
        <translation>尚无任何账号：请启动 creditdesk 创建系统管理员，或运行 creditctl user add --role sysadmin ...</translation>
    </message>
    <message>
        <source>init [--demo [--demo-password-stdin]]   create or update the database; add demo data</source>
        <translation>init [--demo [--demo-password-stdin]]   创建或更新数据库；添加演示数据</translation>
    </message>
    <message>
        <source>Usage: creditctl user add --login L --name N --department D --role R [--role R2] (password on stdin)</source>
        <translation>用法：creditctl user add --login L --name N --department D --role R [--role R2]（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>The option --%1 is missing.</source>
        <translation>缺少选项 --%1。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use officer, reviewer, approver, sysadmin, secadmin or auditadmin.</source>
        <translation>未知角色“%1”：请使用 officer、reviewer、approver、sysadmin、secadmin 或 auditadmin。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1的密码： </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入未提供密码。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>用户%1已添加。</translation>
    </message>
    <message>
        <source>Usage: creditctl user list</source>
        <translation>用法：creditctl user list</translation>
    </message>
    <message>
        <source>Usage: creditctl user passwd LOGIN   (new password on stdin)</source>
        <translation>用法：creditctl user passwd LOGIN   （新密码从标准输入读取）</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1的新密码： </translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1的密码已修改。</translation>
    </message>
    <message>
        <source>Usage: creditctl user unlock LOGIN</source>
        <translation>用法：creditctl user unlock LOGIN</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>账号%1已解锁。</translation>
    </message>
    <message>
        <source>user add --login L --name N --department D --role R   (password on stdin)</source>
        <translation>user add --login L --name N --department D --role R   添加用户（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>user list                   accounts, roles and status</source>
        <translation>user list                   列出账号、角色和状态</translation>
    </message>
    <message>
        <source>user passwd LOGIN           set a password (read from stdin)</source>
        <translation>user passwd LOGIN           设置密码（从标准输入读取）</translation>
    </message>
    <message>
        <source>user unlock LOGIN           lift a lock-out</source>
        <translation>user unlock LOGIN           解除账号锁定</translation>
    </message>
    <message>
        <source>Give at least one code to check.</source>
        <translation>请至少提供一个待校验的代码。</translation>
    </message>
    <message>
        <source>validate uscc CODE...       check unified social credit codes</source>
        <translation>validate uscc CODE...       校验统一社会信用代码</translation>
    </message>
    <message>
        <source>validate id NUMBER...       check resident identity numbers</source>
        <translation>validate id NUMBER...       校验公民身份号码</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 rejected input or failed check, 2 usage error, 3 storage or environment error.</source>
        <translation>
退出码：0 成功；1 输入被拒绝或校验未通过；2 用法错误；3 存储或环境错误。</translation>
    </message>
    <message>
        <source>--db needs a URL: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>--db 需要一个 URL：sqlite:PATH 或 postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>未知选项 %1。

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>未知命令“%1”。

%2</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar set YYYY-MM-DD off|work [NAME]</source>
        <translation>用法：creditctl calendar set YYYY-MM-DD off|work [名称]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither off nor work.</source>
        <translation>“%1”既不是 off（休息日）也不是 work（工作日）。</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1现为%2。</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar unset YYYY-MM-DD</source>
        <translation>用法：creditctl calendar unset YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 follows the weekday rule again.</source>
        <translation>%1已恢复按周一至周五规则计算。</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar import FILE.json</source>
        <translation>用法：creditctl calendar import 文件.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is in the calendar already; edit its days with calendar set/unset.</source>
        <translation>%1年已在工作日历中；请用 calendar set/unset 修改具体日期。</translation>
    </message>
    <message>
        <source>No year added.</source>
        <translation>未添加任何年份。</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>已添加：%1。</translation>
    </message>
    <message>
        <source>calendar set YYYY-MM-DD off|work [NAME]   mark a holiday or make-up day</source>
        <translation>calendar set YYYY-MM-DD off|work [NAME]   标记节假日或调休上班日</translation>
    </message>
    <message>
        <source>calendar unset YYYY-MM-DD   back to the weekday rule</source>
        <translation>calendar unset YYYY-MM-DD   恢复按周一至周五规则计算</translation>
    </message>
    <message>
        <source>calendar import FILE.json   load years from a calendar file</source>
        <translation>calendar import FILE.json   从日历文件载入年度安排</translation>
    </message>
    <message>
        <source>Usage: creditctl department list</source>
        <translation>用法：creditctl department list</translation>
    </message>
    <message>
        <source>	(credit office)</source>
        <translation>	（信用办）</translation>
    </message>
    <message>
        <source>Usage: creditctl department add --code CODE --name NAME [--credit-office]</source>
        <translation>用法：creditctl department add --code 代码 --name 名称 [--credit-office]</translation>
    </message>
    <message>
        <source>Department %1 (%2) added.</source>
        <translation>已添加部门%1（%2）。</translation>
    </message>
    <message>
        <source>department list             departments and their codes</source>
        <translation>department list             部门及其代码</translation>
    </message>
    <message>
        <source>department add --code CODE --name NAME [--credit-office]</source>
        <translation>department add --code CODE --name NAME [--credit-office]   添加部门</translation>
    </message>
    <message>
        <source>Usage: creditctl catalog list [--json]</source>
        <translation>用法：creditctl catalog list [--json]</translation>
    </message>
    <message>
        <source>	(abolished)</source>
        <translation>	（已废止）</translation>
    </message>
    <message>
        <source>Usage: creditctl measures list [--json]</source>
        <translation>用法：creditctl measures list [--json]</translation>
    </message>
    <message>
        <source>Usage: creditctl domains list [--json]</source>
        <translation>用法：creditctl domains list [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%3	%n month(s)	%4</source>
        <translation>
            <numerusform>%1	%2	%3	%n个月	%4</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD, e.g. 2026-04-01.</source>
        <translation>“%1”不是日期：请按 YYYY-MM-DD 填写，例如 2026-04-01。</translation>
    </message>
    <message>
        <source>  [UNCONFIRMED default]</source>
        <translation>  [未经核实的默认值]</translation>
    </message>
    <message>
        <source>  publication, %1: %2</source>
        <translation>  公示期限，%1：%2</translation>
    </message>
    <message>
        <source>  deadline %1: %2</source>
        <translation>  期限 %1：%2</translation>
    </message>
    <message>
        <source>  repeat repair: at most %1 in %2 years, %3 months apart</source>
        <translation>  重复修复：%2年内至多%1次，间隔至少%3个月</translation>
    </message>
    <message>
        <source>  repeat repair: no limit</source>
        <translation>  重复修复：不限</translation>
    </message>
    <message>
        <source>  repair conditions: %1</source>
        <translation>  修复条件：%1</translation>
    </message>
    <message>
        <source>Usage: creditctl rules show --date YYYY-MM-DD [--json]</source>
        <translation>用法：creditctl rules show --date YYYY-MM-DD [--json]</translation>
    </message>
    <message>
        <source>catalog list                public credit information catalog items</source>
        <translation>catalog list                公共信用信息目录事项</translation>
    </message>
    <message>
        <source>measures list               punishment measures list</source>
        <translation>measures list               失信惩戒措施清单</translation>
    </message>
    <message>
        <source>domains list                serious-dishonesty list domains</source>
        <translation>domains list                严重失信主体名单领域</translation>
    </message>
    <message>
        <source>rules show --date YYYY-MM-DD   the rule profile in force on a date</source>
        <translation>rules show --date YYYY-MM-DD   某日生效的规则配置</translation>
    </message>
    <message>
        <source>The sizes must be at least 100.</source>
        <translation>各项规模均不得小于100。</translation>
    </message>
    <message>
        <source>The benchmark fills an empty database; %1 already holds subjects.</source>
        <translation>性能测试须使用空数据库；%1中已有主体数据。</translation>
    </message>
    <message>
        <source>building: %1 of %2 rows</source>
        <translation>正在构建：第%1行，共%2行</translation>
    </message>
    <message>
        <source>import of a %1-row CSV, full validation</source>
        <translation>导入%1行的 CSV 文件（完整校验）</translation>
    </message>
    <message>
        <source>first 50 rows of the unfiltered records list</source>
        <translation>未筛选信用记录列表的前50行</translation>
    </message>
    <message>
        <source>code-prefix lookup (%1…)</source>
        <translation>按代码前缀查询（%1…）</translation>
    </message>
    <message>
        <source>name-substring filter, first page (&quot;恒信&quot;, common)</source>
        <translation>按名称包含的文字筛选，第一页（“恒信”，常见）</translation>
    </message>
    <message>
        <source>name-substring filter, first page (&quot;第3分&quot;, rare)</source>
        <translation>按名称包含的文字筛选，第一页（“第3分”，少见）</translation>
    </message>
    <message>
        <source>peak memory of the process</source>
        <translation>进程内存峰值</translation>
    </message>
    <message>
        <source>Machine: %1; %2 subjects, %3 records (built in %4 s); median of %5 runs.</source>
        <translation>机器：%1；主体%2个，信用记录%3条（构建用时%4秒）；取%5次运行的中位数。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>bench [--subjects N] [--records N] [--import-rows N]   build a large registry and time it</source>
        <translation>bench [--subjects N] [--records N] [--import-rows N]   构建大规模信用信息库并测试耗时</translation>
    </message>
    <message>
        <source>Usage: creditctl import records FILE [--dry-run] [--department CODE]</source>
        <translation>用法：creditctl import records FILE [--dry-run] [--department CODE]</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第%1行，%2：%3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1: dry run, %2 records would be added, %3 are already present; nothing was written.</source>
        <translation>%1：试运行，将新增%2条信用记录，%3条已存在；未写入任何数据。</translation>
    </message>
    <message>
        <source>%1: %2 records added, %3 already present, %4 new subjects.</source>
        <translation>%1：新增信用记录%2条，已存在%3条，新增主体%4个。</translation>
    </message>
    <message>
        <source>Usage: creditctl subjects find TEXT [--limit N] [--json]</source>
        <translation>用法：creditctl subjects find TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit 须为正整数。</translation>
    </message>
    <message>
        <source>merged into #%1</source>
        <translation>已并入 #%1</translation>
    </message>
    <message>
        <source>No subject matches.</source>
        <translation>没有符合条件的主体。</translation>
    </message>
    <message>
        <source>--tier is one of %1.</source>
        <translation>--tier 的取值应为%1之一。</translation>
    </message>
    <message>
        <source>--status is one of %1.</source>
        <translation>--status 的取值应为%1之一。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Usage: creditctl records list [--subject CODE] [--name TEXT] [--department CODE] [--tier T] [--status S] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>用法：creditctl records list [--subject CODE] [--name TEXT] [--department CODE] [--tier T] [--status S] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Usage: creditctl export records --out FILE.csv|FILE.xlsx [filters as for records list]</source>
        <translation>用法：creditctl export records --out FILE.csv|FILE.xlsx [筛选条件同 records list]</translation>
    </message>
    <message>
        <source>Usage: creditctl export subjects --out FILE.csv|FILE.xlsx [--name TEXT]</source>
        <translation>用法：creditctl export subjects --out FILE.csv|FILE.xlsx [--name TEXT]</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将%1行写入%2。</translation>
    </message>
    <message>
        <source>Usage: creditctl maintenance [--json]</source>
        <translation>用法：creditctl maintenance [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Publication ended for %n record(s) whose period is over.</source>
        <translation>
            <numerusform>已停止公示%n条公示期满的信用记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>import records FILE [--dry-run] [--department CODE]   import a department&apos;s penalty file (CSV/XLSX)</source>
        <translation>import records FILE [--dry-run] [--department CODE]   导入部门报送的行政处罚信息文件（CSV/XLSX）</translation>
    </message>
    <message>
        <source>subjects find TEXT [--limit N]   subjects by name or code prefix</source>
        <translation>subjects find TEXT [--limit N]   按名称或代码前缀查找主体</translation>
    </message>
    <message>
        <source>records list [--subject CODE] [--name TEXT] [--tier T] [--status S] [--limit N]   credit records</source>
        <translation>records list [--subject CODE] [--name TEXT] [--tier T] [--status S] [--limit N]   列出信用记录</translation>
    </message>
    <message>
        <source>export records --out FILE.csv|FILE.xlsx [filters]   save records</source>
        <translation>export records --out FILE.csv|FILE.xlsx [filters]   导出信用记录</translation>
    </message>
    <message>
        <source>export subjects --out FILE.csv|FILE.xlsx [--name TEXT]   save subjects</source>
        <translation>export subjects --out FILE.csv|FILE.xlsx [--name TEXT]   导出主体</translation>
    </message>
    <message>
        <source>maintenance   end publication of records whose period is over</source>
        <translation>maintenance   对公示期满的信用记录停止公示</translation>
    </message>
    <message>
        <source>Usage: creditctl [--db URL] bench [--subjects N] [--records N] [--import-rows N] [--documents N] [--json]</source>
        <translation>用法：creditctl [--db URL] bench [--subjects N] [--records N] [--import-rows N] [--documents N] [--json]</translation>
    </message>
    <message>
        <source>rendering a decision to PDF (median of %1)</source>
        <translation>将认定决定书生成 PDF（取%1次的中位数）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>届满日：%1</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>没有办件。</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Subject: %1 %2</source>
        <translation>主体：%1 %2</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>办理过程：</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>Usage: creditctl case show NUMBER [--json]</source>
        <translation>用法：creditctl case show NUMBER [--json]</translation>
    </message>
    <message>
        <source>case list [--type listing] [--state ID] [--assignee LOGIN]   cases, newest first</source>
        <translation>case list [--type listing] [--state ID] [--assignee LOGIN]   列出办件，最新的在前</translation>
    </message>
    <message>
        <source>case show NUMBER   a case with its timeline, deadlines and documents</source>
        <translation>case show NUMBER   显示办件及其办理过程、期限和文书</translation>
    </message>
    <message>
        <source>Usage: creditctl doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf</source>
        <translation>用法：creditctl doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>已将%1写入%2。</translation>
    </message>
    <message>
        <source>No %1 was issued for the case %2.</source>
        <translation>办件%2未制发%1。</translation>
    </message>
    <message>
        <source>Genuine: %1, %2, issued %3.</source>
        <translation>真实有效：%1，%2，制发于%3。</translation>
    </message>
    <message>
        <source>Voided: %1 was issued but voided on %2 (%3).</source>
        <translation>已作废：%1已制发，但已于%2作废（%3）。</translation>
    </message>
    <message>
        <source>Not an issued document of this office.</source>
        <translation>不是本机关制发的文书。</translation>
    </message>
    <message>
        <source>Usage: creditctl doc verify FILE.pdf | doc verify --number N --code C</source>
        <translation>用法：creditctl doc verify FILE.pdf | doc verify --number N --code C</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取%1。</translation>
    </message>
    <message>
        <source>doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf   the issued document of a case</source>
        <translation>doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf   输出办件已制发的文书</translation>
    </message>
    <message>
        <source>doc verify FILE.pdf | doc verify --number N --code C   is it an issued document? (exit 0 if so)</source>
        <translation>doc verify FILE.pdf | doc verify --number N --code C   核验是否为已制发的文书（是则退出码为0）</translation>
    </message>
    <message>
        <source>opening a case with 200 timeline events</source>
        <translation>打开含200条办理记录的办件</translation>
    </message>
    <message>
        <source>%1: %2 bytes, SHA-256 %3, schema %4, audit trail intact (%5 rows, newest %6).</source>
        <translation>%1：%2字节，SHA-256 %3，数据库结构版本%4，审计日志完整（%5条，最新一条记录于%6）。</translation>
    </message>
    <message>
        <source>Usage: creditctl backup --out FILE</source>
        <translation>用法：creditctl backup --out 文件</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1处没有数据库。</translation>
    </message>
    <message>
        <source>Usage: creditctl restore FILE</source>
        <translation>用法：creditctl restore 文件</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从%2恢复%1。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>被替换的数据库已保留为%1。</translation>
    </message>
    <message>
        <source>Usage: creditctl check</source>
        <translation>用法：creditctl check</translation>
    </message>
    <message>
        <source>Storage: sound.</source>
        <translation>存储：完好。</translation>
    </message>
    <message>
        <source>Storage: damaged: %1</source>
        <translation>存储：已损坏：%1</translation>
    </message>
    <message>
        <source>backup --out FILE           a verified copy of the SQLite database, also while CreditDesk runs</source>
        <translation>backup --out 文件           生成经校验的SQLite数据库副本（信用业务办理平台运行时亦可）</translation>
    </message>
    <message>
        <source>restore FILE                replace the SQLite database with a checked backup (the old one kept)</source>
        <translation>restore 文件                用经校验的备份替换SQLite数据库（保留原数据库）</translation>
    </message>
    <message>
        <source>check                       the database&apos;s pages and its audit chain</source>
        <translation>check                       检查数据库页面及审计链</translation>
    </message>
    <message>
        <source>This command acts for an officer: give --user LOGIN before the command, and the password on standard input.</source>
        <translation>该命令须以工作人员身份执行：请在命令前给出 --user 用户名，并从标准输入提供密码。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1的密码：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Usage: creditctl --user LOGIN case steps NUMBER [--json]</source>
        <translation>用法：creditctl --user 用户名 case steps 办件编号 [--json]</translation>
    </message>
    <message>
        <source>  (not now: %1)</source>
        <translation>  （暂不可办理：%1）</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>%1 is %2: no step of %3 may be taken now.</source>
        <translation>%1当前为%2：%3目前没有可办理的步骤。</translation>
    </message>
    <message>
        <source>Usage: creditctl --user LOGIN case step NUMBER TRANSITION [--input NAME=VALUE]... [--version N] [--json]</source>
        <translation>用法：creditctl --user 用户名 case step 办件编号 步骤 [--input 名称=值]... [--version N] [--json]</translation>
    </message>
    <message>
        <source>--input takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--input 的格式为 名称=值，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1现为%2。</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>已制发：%1</translation>
    </message>
    <message>
        <source>Deadline started: %1</source>
        <translation>已开始计算期限：%1</translation>
    </message>
    <message>
        <source>case steps NUMBER   the steps --user may take now, with the inputs each declares</source>
        <translation>case steps 办件编号   --user 所指工作人员当前可办理的步骤及各步骤的输入项</translation>
    </message>
    <message>
        <source>case step NUMBER TRANSITION [--input NAME=VALUE]...   take a step as --user (same checks and audit as the window)</source>
        <translation>case step 办件编号 步骤 [--input 名称=值]...   以 --user 所指工作人员身份办理一个步骤（与窗口相同的校验和审计）</translation>
    </message>
    <message>
        <source>Usage: creditctl [--db URL] [--json] [--user LOGIN] COMMAND [ARGS]

  --db URL       sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: %1)
  --json         machine-readable output on stdout
  --user LOGIN   act for this officer (password on standard input), with the same roles, checks and audit as in the window

Commands:
</source>
        <translation>用法：creditctl [--db URL] [--json] [--user 用户名] 命令 [参数]

  --db URL       sqlite:路径 或 postgresql://用户@主机:端口/数据库名（默认：%1）
  --json         在标准输出输出机器可读结果
  --user 用户名  以该工作人员身份执行（密码从标准输入读取），角色、校验和审计与窗口中相同

命令：
</translation>
    </message>
    <message>
        <source>--user needs the login of the officer to act for.</source>
        <translation>--user 须给出所代表工作人员的用户名。</translation>
    </message>
    <message>
        <source>Usage: creditctl case list [--type TYPE] [--state ID] [--assignee LOGIN] [--json]</source>
        <translation>用法：creditctl case list [--type 类型] [--state 状态] [--assignee 登录名] [--json]</translation>
    </message>
    <message>
        <source>Unknown case type %1; known: %2.</source>
        <translation>未知的案件类型 %1；可用的类型：%2。</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>承办人：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1：%n 处问题；未导入任何数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeNormalizer</name>
    <message>
        <source>%1 (a space)</source>
        <translation>%1（空白字符）</translation>
    </message>
    <message>
        <source>%1 (invisible)</source>
        <translation>%1（不可见字符）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field starts on this line but its closing quote is missing.</source>
        <translation>第%1行：有字段以引号开始，但缺少结束引号。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹%1。</translation>
    </message>
    <message>
        <source>The Qt database driver for %1 is not installed.</source>
        <translation>未安装%1的 Qt 数据库驱动。</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>无法打开数据库%1。</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging; keep it on a local disk.</source>
        <translation>数据库%1无法使用预写日志（WAL），请将其存放在本地磁盘上。</translation>
    </message>
    <message>
        <source>The database is busy: another CreditDesk is saving. Try again in a moment.</source>
        <translation>数据库正忙：另一个信用业务办理平台正在保存，请稍后再试。</translation>
    </message>
    <message>
        <source>Another officer saved at the same moment. Reload and try again.</source>
        <translation>其他用户同时进行了保存，请重新加载后再试。</translation>
    </message>
    <message>
        <source>This entry exists already.</source>
        <translation>该条目已存在。</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>与数据库的连接已断开。</translation>
    </message>
    <message>
        <source>The database refused the operation.</source>
        <translation>数据库拒绝了该操作。</translation>
    </message>
    <message>
        <source>Cannot open a reading connection to the database.</source>
        <translation>无法打开数据库的只读连接。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer CreditDesk (schema %2, this program knows %3).</source>
        <translation>数据库%1由更高版本的信用业务办理平台创建（数据库结构版本%2，本程序支持%3）。</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade (schema %2 to %3) that only a command that changes data can make.</source>
        <translation>数据库%1需要升级（数据库结构版本%2升至%3），只有会修改数据的命令才能执行升级。</translation>
    </message>
    <message>
        <source>The database %1 is busy: a creditctl command (process %2 on %3) is changing it. Try again when it has finished.</source>
        <translation>数据库%1正忙：一条creditctl命令（%3上的进程%2）正在修改数据。请待其结束后再试。</translation>
    </message>
    <message>
        <source>The database %1 is already open in CreditDesk (process %2 on %3). Close that window first, or open another database. Commands that only read work meanwhile.</source>
        <translation>数据库%1已在信用业务办理平台中打开（%3上的进程%2）。请先关闭该窗口，或打开其他数据库。在此期间只读命令仍可使用。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1处没有数据库。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (disk input/output error).</source>
        <translation>无法读写数据库文件（磁盘输入/输出错误）。</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working in it and restore the last backup.</source>
        <translation>数据库文件已损坏。请停止在其中工作，并恢复最近的备份。</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved.</source>
        <translation>数据库所在磁盘已满：未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file cannot be opened: it was moved or deleted, or its folder cannot be reached.</source>
        <translation>无法打开数据库文件：文件已被移动或删除，或无法访问其所在文件夹。</translation>
    </message>
    <message>
        <source>The database file %1 is gone: it was moved or deleted while the program had it open. Nothing more can be saved; restore it or the last backup.</source>
        <translation>数据库文件%1已不在原处：在程序打开期间被移动或删除。已无法继续保存；请将其放回原处或恢复最近的备份。</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while the program had it open. Reconnect to work on the new file.</source>
        <translation>程序打开期间，数据库文件%1被另一个文件替换。请重新连接，以在新文件上工作。</translation>
    </message>
    <message>
        <source>The database cannot be reconnected in the middle of saving.</source>
        <translation>正在保存时不能重新连接数据库。</translation>
    </message>
    <message>
        <source>There is no database file at %1 any more. Restore a backup there, then start CreditDesk again.</source>
        <translation>%1处已没有数据库文件。请在该处恢复备份，然后重新启动信用业务办理平台。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法将备份写入%1。</translation>
    </message>
    <message>
        <source>CreditDesk backs up only its local SQLite database. Back up a PostgreSQL database with pg_dump (see the README).</source>
        <translation>信用业务办理平台只备份本机SQLite数据库。PostgreSQL数据库请用pg_dump备份（见README）。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>无法为备份创建文件夹%1。</translation>
    </message>
    <message>
        <source>The database connection gives no access to SQLite.</source>
        <translation>数据库连接无法访问SQLite。</translation>
    </message>
    <message>
        <source>The backup was made but failed its check, so it was not kept: %1</source>
        <translation>备份已生成但未通过校验，因此未予保留：%1</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>无法将备份保存为%1。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1处没有文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件%1。</translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database: it is not an SQLite file.</source>
        <translation>%1不是信用业务办理平台数据库：它不是SQLite文件。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a CreditDesk database.</source>
        <translation>无法将%1作为信用业务办理平台数据库打开。</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is damaged or not a database.</source>
        <translation>无法读取%1：文件已损坏或不是数据库。</translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database: it has no schema version or audit trail.</source>
        <translation>%1不是信用业务办理平台数据库：其中没有数据库结构版本或审计日志。</translation>
    </message>
    <message>
        <source>%1 was made by a newer CreditDesk (schema %2; this program knows up to %3). Use that version or a newer one.</source>
        <translation>%1由更高版本的信用业务办理平台创建（数据库结构版本%2；本程序最高支持%3）。请使用该版本或更高版本。</translation>
    </message>
    <message>
        <source>%1 is damaged: its integrity check could not run.</source>
        <translation>%1已损坏：无法运行完整性检查。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: its integrity check found %n problem(s).</source>
        <translation>
            <numerusform>%1已损坏：完整性检查发现%n处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read.</source>
        <translation>无法读取%1的审计日志。</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at row %2: history was changed.</source>
        <translation>%1的审计日志在第%2条记录处断裂：历史记录已被改动。</translation>
    </message>
    <message>
        <source>CreditDesk restores only its local SQLite database. Restore a PostgreSQL database with pg_restore, then run creditctl check (see the README).</source>
        <translation>信用业务办理平台只恢复本机SQLite数据库。PostgreSQL数据库请用pg_restore恢复，然后运行creditctl check（见README）。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>数据库不能从自身恢复。</translation>
    </message>
    <message>
        <source>The database %1 is open (process %2 on %3). Close CreditDesk and every command using it, then restore.</source>
        <translation>数据库%1正在使用中（%3上的进程%2）。请关闭信用业务办理平台和所有正在使用它的命令，然后再恢复。</translation>
    </message>
    <message>
        <source>The current database could not be kept aside as %1; nothing was restored.</source>
        <translation>无法将当前数据库另存为%1；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; the database was left as it was.</source>
        <translation>无法将备份复制到%1；数据库保持原样。</translation>
    </message>
    <message>
        <source>The restored database could not be opened, so the previous one was put back: %1</source>
        <translation>恢复后的数据库无法打开，已放回原数据库：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>CreditDesk backups (*.db)</source>
        <translation>信用业务办理平台备份 (*.db)</translation>
    </message>
    <message>
        <source>The database was not backed up: %1</source>
        <translation>数据库未能备份：%1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The database was backed up to %1 and the copy checked (%2 audit rows intact).</source>
        <translation>数据库已备份到%1，副本已通过校验（%2条审计记录完整）。</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This file cannot be restored, and nothing was changed: %1</source>
        <translation>该文件不能用于恢复，未作任何更改：%1</translation>
    </message>
    <message>
        <source>%1 is a sound CreditDesk database: its pages and its audit trail (%2 rows) check out; its newest entry is from %3.

Restoring it replaces the database you are working in with that state: everything saved since is no longer in the database. The current file is kept beside it, and everyone must sign in again.

Restore now?</source>
        <translation>%1是完好的信用业务办理平台数据库：页面和审计日志（%2条）均通过校验；最新一条记录于%3。

恢复后，当前使用的数据库将回到该状态：此后保存的内容都不再在数据库中。当前文件将保留在旁边，所有人须重新登录。

现在恢复吗？</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite database URL has no file path: write sqlite:/path/to/file.db</source>
        <translation>SQLite 数据库 URL 缺少文件路径：请写作 sqlite:/path/to/file.db</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid: %2</source>
        <translation>PostgreSQL URL“%1”无效：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; names no host</source>
        <translation>PostgreSQL URL“%1”未指定主机</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; must end with /DATABASE_NAME</source>
        <translation>PostgreSQL URL“%1”必须以 /DATABASE_NAME 结尾</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an invalid port</source>
        <translation>PostgreSQL URL“%1”的端口无效</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>无法识别的数据库 URL“%1”：请使用 sqlite:PATH 或 postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>The demo cases need %1 organisations with credit records; install the demo registry first.</source>
        <translation>演示办件需要%1个有信用记录的组织，请先安装演示信用信息库。</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Add department…</source>
        <translation>添加部门……</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>credit office</source>
        <translation>信用办</translation>
    </message>
    <message>
        <source>reporting department</source>
        <translation>报送部门</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>e.g. GAJ</source>
        <translation>例如 GAJ</translation>
    </message>
    <message>
        <source>e.g. 庐山市公安局</source>
        <translation>例如 庐山市公安局</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>DocumentContentJson</name>
    <message>
        <source>The stored text of the document cannot be read.</source>
        <translation>无法读取文书的存档文本。</translation>
    </message>
    <message>
        <source>The stored text of the document names an unknown kind of document.</source>
        <translation>文书的存档文本中含有未知的文书种类。</translation>
    </message>
    <message>
        <source>The stored text of the document has a block of an unknown kind.</source>
        <translation>文书的存档文本中含有未知类型的段落。</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <source>Choose a font for each part of the document.</source>
        <translation>请为公文的各部分选择字体。</translation>
    </message>
    <message>
        <source>The font %1 cannot be used for official documents: the text of the PDF would not extract as the characters that are printed. Choose another font.</source>
        <translation>字体%1不能用于制作公文：使用该字体生成的 PDF，提取出的文字与打印的字符不一致。请选择其他字体。</translation>
    </message>
    <message>
        <source>The font %1 is not installed on this computer.</source>
        <translation>本机未安装字体%1。</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Prior notice of listing</source>
        <translation>预先告知书</translation>
    </message>
    <message>
        <source>Listing decision</source>
        <translation>认定决定书</translation>
    </message>
    <message>
        <source>Credit repair notice</source>
        <translation>信用修复告知书</translation>
    </message>
    <message>
        <source>Removal decision</source>
        <translation>移出决定书</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The copy of %1 was made but could not be recorded: %2</source>
        <translation>%1 的副本已生成，但未能记录：%2</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>%1 was voided (%2). A printed copy still carries its number and verification code, and checking it will say it is voided. Show it anyway?</source>
        <translation>%1 已作废（%2）。打印件仍带有文号和核验码，核验时将显示已作废。仍要显示吗？</translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — 打印预览</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存PDF</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将 %1 保存为PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>Documents before issue</source>
        <translation>制发前的文书</translation>
    </message>
    <message>
        <source>Draft, not issued yet: number, verification code and QR code come with the issue</source>
        <translation>样稿，尚未制发：文号、核验码和二维码在制发时生成</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The document could not be drawn: the printer or the file is not ready.</source>
        <translation>无法生成文书：打印机或文件尚未就绪。</translation>
    </message>
    <message>
        <source>The document could not be drawn: a new page was refused.</source>
        <translation>无法生成文书：无法新建页面。</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>无法完成文书生成。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>Only officers, reviewers and approvers issue documents.</source>
        <translation>只有经办人、审核人和负责人可以制发文书。</translation>
    </message>
    <message>
        <source>Only an approver may void an issued document.</source>
        <translation>只有负责人可以作废已制发的文书。</translation>
    </message>
    <message>
        <source>There is no issued document with the id %1.</source>
        <translation>ID 为%1的已制发文书不存在。</translation>
    </message>
    <message>
        <source>There is no issued document numbered %1.</source>
        <translation>文号为%1的已制发文书不存在。</translation>
    </message>
    <message>
        <source>No document number could be allocated.</source>
        <translation>无法分配文号。</translation>
    </message>
    <message>
        <source>A document needs a title and a text before it is issued.</source>
        <translation>文书须有标题和正文后方可制发。</translation>
    </message>
    <message>
        <source>The document still has fields without a value: {%1}.</source>
        <translation>文书仍有未填写的字段：{%1}。</translation>
    </message>
    <message>
        <source>Give the reason why the document is voided.</source>
        <translation>请填写作废文书的理由。</translation>
    </message>
    <message>
        <source>The document %1 was voided already.</source>
        <translation>文书%1已作废。</translation>
    </message>
    <message>
        <source>The document %1 was issued before CreditDesk kept the text of its documents, so it cannot be printed again from here. Save its PDF and print that file.</source>
        <translation>文书 %1 制发时本系统尚未保存文书文本，无法在此重新打印。请保存其PDF文件后打印该文件。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplateStore</name>
    <message>
        <source>There is no template for the %1 yet.</source>
        <translation>尚无%1的模板。</translation>
    </message>
    <message>
        <source>Someone else saved the template of the %1 meanwhile. Reload it and try again.</source>
        <translation>%1的模板已被他人保存，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The shipped document templates are missing from this program.</source>
        <translation>本程序缺少随附的文书模板。</translation>
    </message>
    <message>
        <source>The shipped document templates cannot be read.</source>
        <translation>无法读取随附的文书模板。</translation>
    </message>
    <message>
        <source>The shipped document templates name an unknown kind of document.</source>
        <translation>随附的文书模板中有未知的文书类型。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Name of the party</source>
        <translation>当事人名称</translation>
    </message>
    <message>
        <source>Unified social credit code (or identity number) of the party</source>
        <translation>当事人统一社会信用代码（或公民身份号码）</translation>
    </message>
    <message>
        <source>The serious-dishonesty list, e.g. 安全生产严重失信主体名单</source>
        <translation>严重失信主体名单名称，如安全生产严重失信主体名单</translation>
    </message>
    <message>
        <source>Full name of the deciding authority</source>
        <translation>认定机关全称</translation>
    </message>
    <message>
        <source>Facts and reasons of the listing</source>
        <translation>列入名单的事实和理由</translation>
    </message>
    <message>
        <source>Legal basis of the listing</source>
        <translation>列入名单的法律依据</translation>
    </message>
    <message>
        <source>Punishment measures, one a line, each with its basis</source>
        <translation>失信惩戒措施，每行一项，并注明依据</translation>
    </message>
    <message>
        <source>Listing period</source>
        <translation>名单有效期</translation>
    </message>
    <message>
        <source>Date from which the listing runs</source>
        <translation>列入名单的起始日期</translation>
    </message>
    <message>
        <source>Conditions for removal from the list</source>
        <translation>移出名单的条件</translation>
    </message>
    <message>
        <source>Period to state one&apos;s case or object, e.g. 5个工作日</source>
        <translation>陈述申辩或提出异议的期限，如5个工作日</translation>
    </message>
    <message>
        <source>What the party stated and how the objection was verified</source>
        <translation>当事人陈述申辩情况及异议核实情况</translation>
    </message>
    <message>
        <source>Number of the prior notice</source>
        <translation>预先告知书文号</translation>
    </message>
    <message>
        <source>Date of the prior notice</source>
        <translation>预先告知书日期</translation>
    </message>
    <message>
        <source>Number of the listing decision</source>
        <translation>认定决定书文号</translation>
    </message>
    <message>
        <source>Date of the listing decision</source>
        <translation>认定决定书日期</translation>
    </message>
    <message>
        <source>Date of removal from the list</source>
        <translation>移出名单日期</translation>
    </message>
    <message>
        <source>Why the party is removed</source>
        <translation>移出名单的理由</translation>
    </message>
    <message>
        <source>Legal basis of the removal</source>
        <translation>移出名单的法律依据</translation>
    </message>
    <message>
        <source>Authority that hears administrative reconsideration</source>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <source>Court with jurisdiction over administrative litigation</source>
        <translation>行政诉讼管辖法院</translation>
    </message>
    <message>
        <source>Contact officer</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address of the office</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>Number of this document (given when it is issued)</source>
        <translation>本文书文号（制发时生成）</translation>
    </message>
    <message>
        <source>Date of this document</source>
        <translation>本文书日期</translation>
    </message>
    <message>
        <source>The template of the %1 has no title.</source>
        <translation>%1的模板缺少标题。</translation>
    </message>
    <message>
        <source>The template of the %1 has no text.</source>
        <translation>%1的模板缺少正文。</translation>
    </message>
    <message>
        <source>The template uses the unknown field {%1}. Use only the fields of the list.</source>
        <translation>模板使用了未知字段{%1}。请仅使用列表中的字段。</translation>
    </message>
    <message>
        <source>The template has a brace that does not belong to a field: write fields as {当事人名称}, without spaces.</source>
        <translation>模板中有不属于字段的花括号：字段应写作{当事人名称}，不加空格。</translation>
    </message>
    <message>
        <source>The template of the %1 must use the field {%2}.</source>
        <translation>%1的模板必须使用字段{%2}。</translation>
    </message>
    <message>
        <source>The template of the %1 must mention &quot;%2&quot;.</source>
        <translation>%1的模板必须包含“%2”。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplatesPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>One paragraph a line. A line starting with &quot;# &quot; is a heading (一、), &quot;## &quot; a sub-heading (（一）). Fields are written in braces, e.g. {当事人名称}.</source>
        <translation>每行一段。以“# ”开头的行为一级标题（一、），以“## ”开头的行为二级标题（（一））。字段写在大括号内，例如{当事人名称}。</translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor in the text.</source>
        <translation>双击字段，将其插入正文光标处。</translation>
    </message>
    <message>
        <source>What changed and why (kept with the version)</source>
        <translation>修改内容和理由（随版本保存）</translation>
    </message>
    <message>
        <source>Preview shows the template filled with sample values, as it prints.</source>
        <translation>预览以示例内容填充模板，与打印效果一致。</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>主送：</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>The changes to the template are not saved. Discard them?</source>
        <translation>模板的修改尚未保存。要放弃修改吗？</translation>
    </message>
    <message>
        <source>There is no template for this document yet.</source>
        <translation>该文书尚无模板。</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>第%1版 · %2 · %3</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必备）</translation>
    </message>
    <message>
        <source>Version %1, in use. Saved by %2 on %3: %4</source>
        <translation>第%1版，使用中。%2于%3保存：%4</translation>
    </message>
    <message>
        <source>Version %1, replaced (read only). Saved by %2 on %3: %4</source>
        <translation>第%1版，已被替换（只读）。%2于%3保存：%4</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Say in a few words what you changed: the note is kept with the version.</source>
        <translation>请简要说明修改内容：说明将随版本保存。</translation>
    </message>
    <message>
        <source> Your text stays in the editor: copy what you need, then Reload.</source>
        <translation>您的文本仍保留在编辑区：请复制所需内容后重新载入。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为第%1版。</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Preview / print…</source>
        <translation>预览/打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存PDF…</translation>
    </message>
    <message>
        <source>Batch print…</source>
        <translation>批量打印…</translation>
    </message>
    <message>
        <source>Verify a file…</source>
        <translation>核验文件…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Filter: number, subject or title</source>
        <translation>筛选：文号、当事人或标题</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部种类</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>制发人</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>制发时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已制发</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation>%1于%2作废：%3</translation>
    </message>
    <message>
        <source>Verify a document file</source>
        <translation>核验文书文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>Genuine: this file is exactly the document %1 (%2), issued by %3 on %4, and it is in force.</source>
        <translation>真实有效：该文件与%3于%4制发的文书 %1（%2）完全一致，且现行有效。</translation>
    </message>
    <message>
        <source>Voided: this file is the document %1, but it was voided by %2 on %3 (%4). It is no longer in force.</source>
        <translation>已作废：该文件是文书 %1，但已由%2于%3作废（%4），不再有效。</translation>
    </message>
    <message>
        <source>Not an issued document: this file is not a document this office issued, or it was changed after it was issued.</source>
        <translation>非本机关制发的文书：该文件不是本机关制发的文书，或制发后被改动过。</translation>
    </message>
    <message>
        <source>Void a document</source>
        <translation>作废文书</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>A voided document keeps its number; checking it will say it is voided. Why is %1 voided?</source>
        <translation>作废的文书保留其文号，核验时将显示已作废。%1 的作废理由是什么？</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln 份文书</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Add demo data: sample departments and one account per role</source>
        <translation>添加演示数据：示例部门，以及每个角色各一个账号</translation>
    </message>
    <message>
        <source>Set up CreditDesk</source>
        <translation>初始化信用业务办理平台</translation>
    </message>
    <message>
        <source>e.g. sysadmin</source>
        <translation>如 sysadmin</translation>
    </message>
    <message>
        <source>Demo accounts officer1, reviewer1, approver1, secadmin, auditor and scjg1 get the password entered here.</source>
        <translation>演示账号 officer1、reviewer1、approver1、secadmin、auditor 和 scjg1 将使用此处输入的密码。</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the system administrator of the credit office. The system administrator manages accounts and system data; security and audit administrators are separate accounts.</source>
        <translation>该数据库尚无账号。请创建信用办的系统管理员。系统管理员负责管理账号和系统数据；安全管理员和审计管理员须另设单独账号。</translation>
    </message>
    <message>
        <source>Password: at least 8 characters mixing three of lower-case, upper-case, digits and other characters.</source>
        <translation>密码：至少8个字符，须包含小写字母、大写字母、数字、其他字符中的至少三类。</translation>
    </message>
    <message>
        <source>Credit office:</source>
        <translation>信用办名称：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The administrator was created, but the demo data was not: %1</source>
        <translation>管理员已创建，但演示数据未能添加：%1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Credit subjects</source>
        <translation>信用主体</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>已制发文书</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Coming days off and make-up working days</source>
        <translation>近期休息日和调休上班日</translation>
    </message>
    <message>
        <source>Hello, %1 — %2</source>
        <translation>%1，您好！今天是%2。</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>The holiday arrangement of %1 is not loaded yet: deadlines reaching into it are provisional.</source>
        <translation>%1年节假日安排尚未载入：涉及该年度的期限均为暂定。</translation>
    </message>
    <message>
        <source>Case deadlines overdue or due within three working days</source>
        <translation>已超期和三个工作日内到期的办理期限</translation>
    </message>
    <message>
        <source>No case deadline is overdue or due within three working days.</source>
        <translation>没有已超期或三个工作日内到期的办理期限。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>仅校验</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Import a department file</source>
        <translation>导入部门报送文件</translation>
    </message>
    <message>
        <source>A CSV or XLSX file in the national administrative-penalty layout</source>
        <translation>符合全国行政处罚信息数据标准格式的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Sending department:</source>
        <translation>报送部门：</translation>
    </message>
    <message>
        <source>Department files (*.csv *.xlsx);;All files (*)</source>
        <translation>部门报送文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <source>No row at the top of this file names the columns of the national administrative-penalty layout; importing it would be refused.</source>
        <translation>该文件开头没有与全国行政处罚信息数据标准列名相符的表头行；导入将被拒绝。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Header on line %1; %2 of %3 columns recognised. The first rows of the file:</source>
        <translation>表头位于第%1行；已识别%3列中的%2列。文件前几行如下：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The file was not imported: %1</source>
        <translation>文件未导入：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing was imported. Correct the lines below and import the whole file again.</source>
        <translation>
            <numerusform>文件中有%n处问题，未导入任何数据。请更正以下各行后重新导入整个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check passed: %1 rows, %2 new records, %3 already present, %4 new subjects. Nothing was imported.</source>
        <translation>校验通过：共%1行，新增信用记录%2条，已存在%3条，新增主体%4个。未导入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 new records from %2 rows (%3 already present, %4 new subjects).</source>
        <translation>已从%2行中导入新增信用记录%1条（已存在%3条，新增主体%4个）。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>尚无可保存的报告。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source> report.xlsx</source>
        <translation> 导入报告.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>LegalBasisStore</name>
    <message>
        <source>There is no legal basis with the number %1.</source>
        <translation>编号为%1的法律依据不存在。</translation>
    </message>
    <message>
        <source>There is no legal basis &quot;%1&quot;.</source>
        <translation>法律依据“%1”不存在。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of a legal basis is not valid: use 2 to 48 small Latin letters, digits or underscores.</source>
        <translation>法律依据标识“%1”无效：应由2至48个小写英文字母、数字或下划线组成。</translation>
    </message>
    <message>
        <source>The title of a legal basis must have 1 to 200 characters.</source>
        <translation>法律依据标题应为1至200个字符。</translation>
    </message>
    <message>
        <source>Give the date from which %1 is in force.</source>
        <translation>请填写%1的生效日期。</translation>
    </message>
    <message>
        <source>%1 cannot go out of force before it comes into force.</source>
        <translation>%1的失效日期不能早于施行日期。</translation>
    </message>
    <message>
        <source>The key %1 is taken by another legal basis.</source>
        <translation>标识%1已被其他法律依据使用。</translation>
    </message>
    <message>
        <source>Someone else changed the legal basis %1 meanwhile. Reload it and try again.</source>
        <translation>法律依据%1已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Give the last day on which %1 is in force.</source>
        <translation>请填写%1的最后施行日。</translation>
    </message>
</context>
<context>
    <name>ListDomainStore</name>
    <message>
        <source>There is no list domain with the number %1.</source>
        <translation>编号为%1的名单领域不存在。</translation>
    </message>
    <message>
        <source>There is no list domain &quot;%1&quot;.</source>
        <translation>名单领域“%1”不存在。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of a list domain is not valid: use 2 to 48 small Latin letters, digits or underscores.</source>
        <translation>名单领域标识“%1”无效：应由2至48个小写英文字母、数字或下划线组成。</translation>
    </message>
    <message>
        <source>The name of a list domain must have 1 to 100 characters.</source>
        <translation>名单领域名称应为1至100个字符。</translation>
    </message>
    <message>
        <source>Name the authority that decides on listings in %1.</source>
        <translation>请填写%1的名单认定机关。</translation>
    </message>
    <message>
        <source>A serious-dishonesty list serves one of the four kinds of conduct of 国办发〔2020〕49号 (1 to 4), not %1.</source>
        <translation>严重失信主体名单应对应国办发〔2020〕49号所列四类行为之一（1至4），而非%1。</translation>
    </message>
    <message>
        <source>The listing period of %1 must be 1 to 120 months.</source>
        <translation>%1的名单有效期应为1至120个月。</translation>
    </message>
    <message>
        <source>The period to state one&apos;s case must be 0 to 60 working days.</source>
        <translation>陈述申辩期限应为0至60个工作日。</translation>
    </message>
    <message>
        <source>The objection decision deadline must be 1 to 60 working days.</source>
        <translation>异议处理决定期限应为1至60个工作日。</translation>
    </message>
    <message>
        <source>A legal basis is cited twice.</source>
        <translation>同一法律依据被重复引用。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A new list domain is a draft or in force, not repealed.</source>
        <translation>新建名单领域的状态应为草稿或现行有效，不能为已废止。</translation>
    </message>
    <message>
        <source>The key %1 is taken by another list domain.</source>
        <translation>标识%1已被其他名单领域使用。</translation>
    </message>
    <message>
        <source>The list domain %1 is repealed; it cannot change any more.</source>
        <translation>名单领域%1已废止，不能再修改。</translation>
    </message>
    <message>
        <source>Someone else changed the list domain %1 meanwhile. Reload it and try again.</source>
        <translation>名单领域%1已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Only a draft list domain can be put in force; %1 is %2.</source>
        <translation>只有草稿状态的名单领域才能生效；%1当前为“%2”。</translation>
    </message>
    <message>
        <source>Only a list domain in force can be repealed; %1 is %2.</source>
        <translation>只有现行有效的名单领域才能废止；%1当前为“%2”。</translation>
    </message>
    <message>
        <source>%1 can be repealed from %2 at the earliest.</source>
        <translation>%1最早可自%2起废止。</translation>
    </message>
</context>
<context>
    <name>ListDomains</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>已废止</translation>
    </message>
</context>
<context>
    <name>ListingCases</name>
    <message>
        <source>The case with the id %1 is not a listing case.</source>
        <translation>ID 为 %1 的案件不是名单认定案件。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>认定事实</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>force majeure</source>
        <translation>不可抗力</translation>
    </message>
    <message>
        <source>not intentional or minor</source>
        <translation>非主观故意或情节轻微</translation>
    </message>
    <message>
        <source>Lenient handling asked</source>
        <translation>申请从宽处理</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Approver&apos;s decision</source>
        <translation>审批人意见</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>Proposed measure</source>
        <translation>拟采取的惩戒措施</translation>
    </message>
</context>
<context>
    <name>ListingDraftDialog</name>
    <message>
        <source>The party is a minor</source>
        <translation>当事人为未成年人</translation>
    </message>
    <message>
        <source>Force majeure (natural disaster, epidemic)</source>
        <translation>不可抗力（自然灾害、疫情等）</translation>
    </message>
    <message>
        <source>Not intentional, or minor circumstances</source>
        <translation>非主观故意或情节轻微</translation>
    </message>
    <message>
        <source>What the party did, when and where, as the records and evidence show it.</source>
        <translation>依据信用记录和证据材料，写明当事人失信行为的时间、地点和事实。</translation>
    </message>
    <message>
        <source>Required with any of the above: why lenient handling is asked for.</source>
        <translation>勾选上述任一项时必填：申请宽容审慎处理的理由。</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>名单：</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>失信事实：</translation>
    </message>
    <message>
        <source>Lenient and careful handling (the approver decides)</source>
        <translation>宽容审慎处理（由负责人决定）</translation>
    </message>
    <message>
        <source>Listing draft</source>
        <translation>拟认定</translation>
    </message>
    <message>
        <source>New listing draft</source>
        <translation>新建拟认定</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Type a name or the beginning of a code</source>
        <translation>输入名称或代码开头部分</translation>
    </message>
    <message>
        <source>No subject chosen yet.</source>
        <translation>尚未选择主体。</translation>
    </message>
    <message>
        <source>Credit records the listing rests on:</source>
        <translation>认定所依据的信用记录：</translation>
    </message>
    <message>
        <source>Proposed measures (those the list allows for this kind of subject):</source>
        <translation>拟采取的惩戒措施（该名单对此类主体可采取的措施）：</translation>
    </message>
    <message>
        <source>No subject matches.</source>
        <translation>没有符合条件的主体。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>The subject has no credit record: a listing rests on recorded facts.</source>
        <translation>该主体没有信用记录：认定应以已记录的失信事实为依据。</translation>
    </message>
    <message>
        <source>Choose the subject first.</source>
        <translation>请先选择主体。</translation>
    </message>
    <message>
        <source>%1 %2
Basis: %3</source>
        <translation>%1 %2
依据：%3</translation>
    </message>
    <message>
        <source>The list allows no measure for this kind of subject.</source>
        <translation>该名单对此类主体没有可采取的惩戒措施。</translation>
    </message>
    <message>
        <source>Choose the subject the draft concerns.</source>
        <translation>请选择拟认定所涉及的主体。</translation>
    </message>
</context>
<context>
    <name>ListingDrafts</name>
    <message>
        <source>%1 was merged into another subject; open the case on that subject.</source>
        <translation>%1已并入其他主体，请针对该主体新建办件。</translation>
    </message>
    <message>
        <source>The list %1 is not in force on %2: only a list in force can be applied.</source>
        <translation>名单%1于%2未生效：只能适用现行有效的名单。</translation>
    </message>
    <message>
        <source>Write the facts the listing rests on.</source>
        <translation>请填写认定所依据的事实。</translation>
    </message>
    <message>
        <source>Lenient handling (minor, force majeure, unintentional or minor conduct) needs a written reason.</source>
        <translation>宽容审慎处理（未成年人、不可抗力、非主观故意或情节轻微的行为）须填写理由。</translation>
    </message>
    <message>
        <source>Name at least one credit record of the subject that the listing rests on.</source>
        <translation>请至少填写一条认定所依据的该主体信用记录。</translation>
    </message>
    <message>
        <source>There is no credit record with the id %1.</source>
        <translation>ID 为%1的信用记录不存在。</translation>
    </message>
    <message>
        <source>The credit record %1 belongs to another subject.</source>
        <translation>信用记录%1属于其他主体。</translation>
    </message>
    <message>
        <source>Propose at least one punishment measure of the list.</source>
        <translation>请至少拟定一项该名单的失信惩戒措施。</translation>
    </message>
    <message>
        <source>The measure %1 does not follow from the list %2: only measures of the measures list that the list triggers may be proposed.</source>
        <translation>惩戒措施%1并非依据名单%2实施：只能拟定失信惩戒措施清单中依据该名单实施的措施。</translation>
    </message>
    <message>
        <source>The measure %1 does not apply to a %2.</source>
        <translation>惩戒措施%1不适用于%2。</translation>
    </message>
    <message>
        <source>The measure %1 cites no legal basis.</source>
        <translation>惩戒措施%1未引用法律依据。</translation>
    </message>
    <message>
        <source>The case %1 is no longer a draft: it cannot be edited.</source>
        <translation>办件%1已不处于拟认定状态，不能编辑。</translation>
    </message>
    <message>
        <source>The subject of a case cannot change; open a new case instead.</source>
        <translation>办件的主体不能变更，请新建办件。</translation>
    </message>
    <message>
        <source>Someone else changed the case %1 in the meantime. Reload it and make your change again.</source>
        <translation>办件%1已被他人修改，请重新加载后再次修改。</translation>
    </message>
    <message>
        <source>The case with the id %1 has no listing part to write.</source>
        <translation>ID 为 %1 的案件缺少名单认定信息，无法保存。</translation>
    </message>
</context>
<context>
    <name>ListingRules</name>
    <message>
        <source>A minor cannot be put on a serious-dishonesty list (lenient and careful handling of minors, 国办发〔2020〕49号). Drop the case instead.</source>
        <translation>不得将未成年人列入严重失信主体名单（对未成年人宽容审慎处理，国办发〔2020〕49号），请改为不予列入。</translation>
    </message>
    <message>
        <source>The case is marked as concerning a minor.</source>
        <translation>该办件已标记为涉及未成年人。</translation>
    </message>
    <message>
        <source>%1 is under 18 on %2 by the identity number.</source>
        <translation>根据公民身份号码，%1于%2未满18周岁。</translation>
    </message>
    <message>
        <source>The draft asks for lenient handling: write your decision on it in the note (reason given: %1).</source>
        <translation>拟认定内容申请宽容审慎处理：请在办理意见中写明处理决定（所述理由：%1）。</translation>
    </message>
    <message>
        <source>No prior notice is running for the case %1.</source>
        <translation>办件%1没有进行中的陈述申辩或提出异议期限。</translation>
    </message>
    <message>
        <source>The period to state one&apos;s case or object ended on %1. An objection received in time but recorded late needs the deadline extended first.</source>
        <translation>陈述申辩或提出异议的期限已于%1届满。期限内收到但逾期登记的异议，须先延长期限。</translation>
    </message>
    <message>
        <source>The party may still state its case or object until %1: the decision can be taken from %2 on.</source>
        <translation>当事人在%1前（含当日）仍可陈述申辩或提出异议：自%2起方可作出认定决定。</translation>
    </message>
    <message>
        <source>Say why the subject is removed: at the end of the period (period_end), early under the list&apos;s rule (early) or because the decision is revoked (revocation).</source>
        <translation>请说明移出理由：期满移出（period_end）、按名单规定提前移出（early）或撤销认定决定（revocation）。</translation>
    </message>
    <message>
        <source>The listing period runs until %1; before that, removal is early or a revocation.</source>
        <translation>名单有效期至%1；在此之前，只能提前移出或撤销认定决定。</translation>
    </message>
    <message>
        <source>A reviewer has not passed the case %1 yet.</source>
        <translation>办件%1尚未经审核人审核通过。</translation>
    </message>
    <message>
        <source>A listing deadline cannot take its length from %1.</source>
        <translation>名单认定的期限不能取自%1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CreditDesk — Social Credit Office</source>
        <translation>信用业务办理平台 — 信用办</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CreditDesk</source>
        <translation>关于信用业务办理平台(&amp;A)</translation>
    </message>
    <message>
        <source>User: %1 (%2) · %3</source>
        <translation>用户：%1（%2）· %3</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Database: SQLite %1</source>
        <translation>数据库：SQLite %1</translation>
    </message>
    <message>
        <source>Database: PostgreSQL %1</source>
        <translation>数据库：PostgreSQL %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>安全策略</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Catalog and lists</source>
        <translation>目录和名单</translation>
    </message>
    <message>
        <source>Subjects and records</source>
        <translation>主体和信用记录</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Close and reopen the connection to the database</source>
        <translation>关闭并重新打开数据库连接</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>DATABASE ERROR</source>
        <translation>数据库出错</translation>
    </message>
    <message>
        <source>The database could not be reached again: %1</source>
        <translation>仍无法连接数据库：%1</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>A record kind needs a key of small Latin letters, digits or underscores and a name.</source>
        <translation>记录类型须有由小写英文字母、数字或下划线组成的标识，以及名称。</translation>
    </message>
    <message>
        <source>A credit score is not a recorded fact: no measure may follow from it.</source>
        <translation>信用评分不属于记录在案的事实，不得据以采取惩戒措施。</translation>
    </message>
    <message>
        <source>There is no measure with the number %1.</source>
        <translation>编号为%1的惩戒措施不存在。</translation>
    </message>
    <message>
        <source>The measure %1 is not in force on %2.</source>
        <translation>惩戒措施%1于%2未生效。</translation>
    </message>
    <message>
        <source>The national measures list has 3 classes; %1 is not one of them.</source>
        <translation>全国基础清单共有3个类别，%1不在其中。</translation>
    </message>
    <message>
        <source>The name of a measure must have 1 to 200 characters.</source>
        <translation>惩戒措施名称应为1至200个字符。</translation>
    </message>
    <message>
        <source>Name the department that implements %1.</source>
        <translation>请填写%1的实施部门。</translation>
    </message>
    <message>
        <source>%1 must follow from a concrete fact: name the list domains or record kinds it follows from.</source>
        <translation>%1须基于具体事实：请填写其所依据的名单领域或记录类型。</translation>
    </message>
    <message>
        <source>%1 names a basis, list domain or record kind twice.</source>
        <translation>%1重复填写了同一依据、名单领域或记录类型。</translation>
    </message>
    <message>
        <source>The list domain %1 is repealed; no measure can follow from it.</source>
        <translation>名单领域%1已废止，不得据以采取惩戒措施。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record a measure can follow from.</source>
        <translation>“%1”不是可据以采取惩戒措施的记录类型。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The measure key %1 is taken already.</source>
        <translation>惩戒措施标识%1已被使用。</translation>
    </message>
    <message>
        <source>The measure %1 is abolished; it cannot change any more.</source>
        <translation>惩戒措施%1已废止，不能再修改。</translation>
    </message>
    <message>
        <source>The new version of %1 must take effect after the current one (in force from %2).</source>
        <translation>%1的新版本须晚于现行版本生效（现行版本自%2起生效）。</translation>
    </message>
    <message>
        <source>%1 can be abolished from %2 at the earliest.</source>
        <translation>%1最早可自%2起废止。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was made by a newer CreditDesk (schema version %1; this program knows up to %2). Use a newer CreditDesk; nothing was changed.</source>
        <translation>该数据库由更高版本的信用业务办理平台创建（结构版本%1；本程序最高支持%2）。请使用更高版本的信用业务办理平台；数据库未作任何更改。</translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed; it was left as it was.</source>
        <translation>将数据库升级到版本%1（%2）失败；数据库保持原状。</translation>
    </message>
    <message>
        <source>Updating the database would leave a row of %1 pointing at a missing row of %2; it was left as it was.</source>
        <translation>升级数据库会使 %1 中的记录指向 %2 中不存在的记录；数据库已保持原状。</translation>
    </message>
</context>
<context>
    <name>PagedList</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载……</translation>
    </message>
</context>
<context>
    <name>PagedReader</name>
    <message>
        <source>The list could not be read from the database.</source>
        <translation>无法从数据库读取列表。</translation>
    </message>
    <message>
        <source>The list has no query to read.</source>
        <translation>该列表没有可读取的查询。</translation>
    </message>
    <message>
        <source>The list cannot be counted before it has been read to the end.</source>
        <translation>列表读取完毕前无法统计总数。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>You may not %1. Ask an administrator for the right role.</source>
        <translation>您无权%1。请联系管理员分配相应角色。</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>manage departments</source>
        <translation>管理部门</translation>
    </message>
    <message>
        <source>edit the working-day calendar</source>
        <translation>编辑工作日历</translation>
    </message>
    <message>
        <source>change system settings</source>
        <translation>修改系统设置</translation>
    </message>
    <message>
        <source>change the security policy</source>
        <translation>修改安全策略</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>read the credit registry</source>
        <translation>查阅信用信息库</translation>
    </message>
    <message>
        <source>register subjects and credit records</source>
        <translation>登记主体和信用记录</translation>
    </message>
    <message>
        <source>import department files</source>
        <translation>导入部门报送文件</translation>
    </message>
    <message>
        <source>export subjects and records</source>
        <translation>导出主体和信用记录</translation>
    </message>
    <message>
        <source>merge subjects</source>
        <translation>合并主体</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>查阅办件</translation>
    </message>
    <message>
        <source>handle cases as an officer</source>
        <translation>以经办人身份办理办件</translation>
    </message>
    <message>
        <source>review cases</source>
        <translation>审核办件</translation>
    </message>
    <message>
        <source>approve cases</source>
        <translation>审批办件</translation>
    </message>
    <message>
        <source>back up and restore the database</source>
        <translation>备份和恢复数据库</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL 密码</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%2上用户%1的密码：</translation>
    </message>
    <message>
        <source>CreditDesk</source>
        <translation>信用业务办理平台</translation>
    </message>
    <message>
        <source>CreditDesk — case handling for the social credit office</source>
        <translation>信用业务办理平台 — 社会信用体系建设领导小组办公室业务办理系统</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>数据库：sqlite:PATH 或 postgresql://USER@HOST:PORT/DBNAME。</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>该事务已结束。</translation>
    </message>
    <message>
        <source>Nothing was saved: part of the work failed.</source>
        <translation>未保存任何内容：部分操作失败。</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2

No backup was found in %3. Restore one with: creditctl --db sqlite:%1 restore FILE</source>
        <translation>数据库%1已损坏：%2

在%3中没有找到备份。请用以下命令恢复备份：creditctl --db sqlite:%1 restore 文件</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2

Restore the newest backup, %3 (made %4)? The damaged file is kept beside it. Work saved after that backup is not in it.</source>
        <translation>数据库%1已损坏：%2

是否恢复最新的备份%3（生成于%4）？损坏的文件将保留在旁边。该备份之后保存的内容不在其中。</translation>
    </message>
    <message>
        <source>The database was restored from %1. The damaged file is kept as %2.</source>
        <translation>已从%1恢复数据库。损坏的文件已保留为%2。</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not opened.</source>
        <translation>数据库%1已损坏，未予打开。</translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Credit record %1</source>
        <translation>信用记录%1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>主体类型：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>决定书文号：</translation>
    </message>
    <message>
        <source>Deciding authority:</source>
        <translation>处罚机关：</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>行政处罚决定书文号：</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>违法事实：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>处罚依据：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>处罚内容：</translation>
    </message>
    <message>
        <source>Violation type:</source>
        <translation>违法行为类型：</translation>
    </message>
    <message>
        <source>Kind of penalty:</source>
        <translation>处罚类别：</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan):</source>
        <translation>罚款金额（万元）：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>失信程度：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Repair possible from:</source>
        <translation>可申请修复日期：</translation>
    </message>
    <message>
        <source>Publication ends:</source>
        <translation>公示截止日期：</translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation>规则配置：</translation>
    </message>
    <message>
        <source>Catalog item:</source>
        <translation>目录事项：</translation>
    </message>
    <message>
        <source>%1 %2 (version %3)</source>
        <translation>%1 %2（第%3版）</translation>
    </message>
    <message>
        <source>Source department:</source>
        <translation>来源部门：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation>录入：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由%2录入</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cases resting on it:</source>
        <translation>据此办理的办件：</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Subject name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Type of violation</source>
        <translation>违法行为类型</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>违法事实</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <source>Kind of penalty</source>
        <translation>处罚类别</translation>
    </message>
    <message>
        <source>Content of the penalty</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan)</source>
        <translation>罚款金额（万元）</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>处罚机关</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>失信程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 法人及非法人组织, 自然人 or 个体工商户</source>
        <translation>“%1”不是法人及非法人组织、自然人或个体工商户</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate type this office knows</source>
        <translation>“%1”不是本办认可的证件类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-05</source>
        <translation>“%1”不是日期，请按2026-03-05的格式填写</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a date and was ignored</source>
        <translation>第%1行：%2“%3”不是日期，已忽略</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 轻微, 一般 or 严重</source>
        <translation>“%1”不是轻微、一般或严重</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in 10,000 yuan, such as 0.5</source>
        <translation>“%1”不是以万元为单位的金额，如0.5</translation>
    </message>
    <message>
        <source>Officers of %1 import their own department&apos;s files only.</source>
        <translation>%1的经办人只能导入本部门的报送文件。</translation>
    </message>
    <message>
        <source>There is no active department number %1.</source>
        <translation>不存在编号为%1的启用部门。</translation>
    </message>
    <message>
        <source>no row of the first %1 names the columns of the administrative-penalty data standard (行政相对人名称, 行政处罚决定书文号, ...)</source>
        <translation>前%1行中没有与行政处罚信息数据标准列名（行政相对人名称、行政处罚决定书文号等）相符的表头行</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not part of the standard and was ignored</source>
        <translation>列“%1”不属于数据标准，已忽略</translation>
    </message>
    <message>
        <source>a second column for %1</source>
        <translation>%1列重复</translation>
    </message>
    <message>
        <source>the required column is missing</source>
        <translation>缺少必填列</translation>
    </message>
    <message>
        <source>the cell holds a number, not text: Excel keeps only 15 digits of a number, so the ID number may have lost digits or its X; format the column as text and type it again</source>
        <translation>该单元格存的是数字而非文本：Excel 只保留数字的前15位，证件号码可能已丢失末尾数字或校验码X，请将该列设为文本格式后重新录入</translation>
    </message>
    <message>
        <source>the cell holds the number %1: Excel keeps only 15 digits of a number, so the code may have lost digits; format the column as text and type it again</source>
        <translation>该单元格存的是数字%1：Excel 只保留数字的前15位，代码可能已丢失数字，请将该列设为文本格式后重新录入</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>a %1 is not identified by a %2</source>
        <translation>%1不能以%2作为证件类型</translation>
    </message>
    <message>
        <source>a natural person needs a certificate number</source>
        <translation>自然人须填写证件号码</translation>
    </message>
    <message>
        <source>a %1 needs its unified social credit code</source>
        <translation>%1须填写统一社会信用代码</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>has %1 characters, at most %2 are allowed</source>
        <translation>长度为%1个字符，最多允许%2个字符</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1晚于当前日期</translation>
    </message>
    <message>
        <source>%1 is before 1990</source>
        <translation>%1早于1990年</translation>
    </message>
    <message>
        <source>no rule profile was in force on %1; add one under Catalog and lists</source>
        <translation>%1没有生效的规则配置，请在“目录和名单”中添加</translation>
    </message>
    <message>
        <source>the catalog item %1 is not in force today</source>
        <translation>目录事项%1今日未生效</translation>
    </message>
    <message>
        <source>the catalog item %1 does not concern a %2</source>
        <translation>目录事项%1不适用于%2</translation>
    </message>
    <message>
        <source>%1: a %2 record is not published under %3</source>
        <translation>%1：按照“%3”，失信程度为%2的信用记录不予公示</translation>
    </message>
    <message>
        <source>%1: the file says publication ends on %2; under %3 it ends on %4</source>
        <translation>%1：文件所载公示截止日期为%2，按照“%3”应为%4</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>There is no credit record number %1.</source>
        <translation>编号为%1的信用记录不存在。</translation>
    </message>
    <message>
        <source>%1: enter the date of the decision.</source>
        <translation>%1：请填写处罚决定日期。</translation>
    </message>
    <message>
        <source>%1: choose 轻微, 一般 or 严重.</source>
        <translation>%1：请选择轻微、一般或严重。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 of %2 is already recorded for this subject.</source>
        <translation>该主体已有%2作出的%1记录。</translation>
    </message>
</context>
<context>
    <name>RecordTerms</name>
    <message>
        <source>published</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>objection under review</source>
        <translation>异议处理中</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>publication ended</source>
        <translation>公示期满</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>line %1: the registry knows %2 as &quot;%3&quot;, the file calls it &quot;%4&quot;; the registered name was kept</source>
        <translation>第%1行：信用信息库中%2的登记名称为“%3”，文件中为“%4”；已保留登记名称</translation>
    </message>
    <message>
        <source>A subject of the file could not be registered.</source>
        <translation>文件中有主体未能登记。</translation>
    </message>
</context>
<context>
    <name>ReferenceAccess</name>
    <message>
        <source>Only approvers of the credit office may change reference data; everyone else can read it.</source>
        <translation>只有信用办的负责人可以修改基础数据，其他人员仅可查阅。</translation>
    </message>
</context>
<context>
    <name>ReferenceBasesRegister</name>
    <message>
        <source>Legal bases</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>效力层级</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>制定机关</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Repeal…</source>
        <translation>废止…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>效力层级：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>制定机关：</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>有效期间：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Repeal legal basis</source>
        <translation>废止法律依据</translation>
    </message>
    <message>
        <source>%1 stays on record for what already cites it, but from the day after the last day below it no longer founds a list domain or measure.</source>
        <translation>已引用%1的内容仍保留该依据，但自下方最后有效日的次日起，该依据不得再用于设立名单领域或惩戒措施。</translation>
    </message>
    <message>
        <source>Last day in force:</source>
        <translation>最后有效日：</translation>
    </message>
    <message>
        <source>basis #%1</source>
        <translation>依据#%1</translation>
    </message>
</context>
<context>
    <name>ReferenceBasisChecklist</name>
    <message>
        <source> (in force until %1)</source>
        <translation> （有效期至%1）</translation>
    </message>
</context>
<context>
    <name>ReferenceBasisDialog</name>
    <message>
        <source>Edit legal basis</source>
        <translation>编辑法律依据</translation>
    </message>
    <message>
        <source>Add legal basis</source>
        <translation>添加法律依据</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Title (without 《》):</source>
        <translation>标题（不含《》）：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>效力层级：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>制定机关：</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最后有效日</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>In force until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>small Latin letters, digits and _, e.g. civil_procedure_law</source>
        <translation>小写英文字母、数字和_，如 civil_procedure_law</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Which levels may found a list domain or a measure is decided when one is put in force: a normative document alone is never enough.</source>
        <translation>哪些效力层级的依据可以设立名单领域或惩戒措施，在其生效时判断：仅凭规范性文件不足以作为依据。</translation>
    </message>
</context>
<context>
    <name>ReferenceCatalogItemDialog</name>
    <message>
        <source>Edit catalog item %1</source>
        <translation>编辑目录事项%1</translation>
    </message>
    <message>
        <source>Add catalog item</source>
        <translation>添加目录事项</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Conduct or fact recorded:</source>
        <translation>记录的行为或事实：</translation>
    </message>
    <message>
        <source>Subjects concerned:</source>
        <translation>适用主体：</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>公开属性：</translation>
    </message>
    <message>
        <source>Sharing scope:</source>
        <translation>共享范围：</translation>
    </message>
    <message>
        <source>Source department:</source>
        <translation>来源部门：</translation>
    </message>
    <message>
        <source>Collection channel:</source>
        <translation>归集渠道：</translation>
    </message>
    <message>
        <source>Update frequency:</source>
        <translation>更新频次：</translation>
    </message>
    <message>
        <source>Disclosure period:</source>
        <translation>公开期限：</translation>
    </message>
</context>
<context>
    <name>ReferenceCatalogRegister</name>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>适用主体</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>%1, in force %2 to %3</source>
        <translation>第%1版，%2至%3有效</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Conduct or fact recorded:</source>
        <translation>记录的行为或事实：</translation>
    </message>
    <message>
        <source>Subjects concerned:</source>
        <translation>适用主体：</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>公开属性：</translation>
    </message>
    <message>
        <source>Sharing scope:</source>
        <translation>共享范围：</translation>
    </message>
    <message>
        <source>Source department:</source>
        <translation>来源部门：</translation>
    </message>
    <message>
        <source>Collection channel:</source>
        <translation>归集渠道：</translation>
    </message>
    <message>
        <source>Update frequency:</source>
        <translation>更新频次：</translation>
    </message>
    <message>
        <source>Disclosure period:</source>
        <translation>公开期限：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>适用范围：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Version %1 (record id %2): %3</source>
        <translation>第%1版（记录ID %2）：%3</translation>
    </message>
    <message>
        <source>Versions of catalog item %1</source>
        <translation>目录事项%1的历史版本</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录ID</translation>
    </message>
    <message>
        <source>Abolish catalog item</source>
        <translation>废止目录事项</translation>
    </message>
    <message>
        <source>%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished. Records collected under it keep it.</source>
        <translation>%1 %2不会被删除：其现行版本有效至下方日期的前一日，并标记为已废止。依据其归集的记录仍保留该目录事项。</translation>
    </message>
    <message>
        <source>No longer in force from:</source>
        <translation>失效日期：</translation>
    </message>
</context>
<context>
    <name>ReferenceCleanupDialog</name>
    <message>
        <source>Review of a policy document</source>
        <translation>政策文件审查</translation>
    </message>
    <message>
        <source>Add document under review</source>
        <translation>添加待审查文件</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>制定机关：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处理决定：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Responsible department:</source>
        <translation>责任部门：</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进展情况：</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Provides:</source>
        <translation>规定内容：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完成时限：</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Every document that adds catalog items, lists, measures or repair rules is reviewed: keep, revise or abolish it (国办发〔2020〕49号). An open review past its due date shows as overdue.</source>
        <translation>凡新增目录事项、名单、惩戒措施或修复规则的文件均须审查，并作出保留、修订或废止的处理决定（国办发〔2020〕49号）。超过完成时限仍未完成的审查显示为逾期。</translation>
    </message>
</context>
<context>
    <name>ReferenceCleanupRegister</name>
    <message>
        <source>Clean-up register</source>
        <translation>清理台账</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>制定机关</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>规定内容</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>制定机关：</translation>
    </message>
    <message>
        <source>Provides:</source>
        <translation>规定内容：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处理决定：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Responsible department:</source>
        <translation>责任部门：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完成时限：</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进展情况：</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>完成日期：</translation>
    </message>
</context>
<context>
    <name>ReferenceDomainDialog</name>
    <message>
        <source>Listing period</source>
        <translation>名单有效期</translation>
    </message>
    <message>
        <source>Early removal</source>
        <translation>提前移出</translation>
    </message>
    <message>
        <source>Statement after prior notice</source>
        <translation>预先告知后陈述申辩</translation>
    </message>
    <message>
        <source>Objection decision</source>
        <translation>异议处理决定</translation>
    </message>
    <message>
        <source>The list domain is added as a draft. Put it in force once its bases allow it: the basis guard checks them on that day.</source>
        <translation>名单领域以草稿状态添加。待其依据具备条件后再使其生效：依据核查将按生效当日进行校验。</translation>
    </message>
    <message>
        <source>%1 is in force: changed bases must found it from today on, or the change is refused.</source>
        <translation>%1现行有效：修改后的依据须自今日起足以支撑该名单领域，否则修改将被拒绝。</translation>
    </message>
    <message>
        <source>%1 is a draft; nothing is checked against its bases until it is put in force.</source>
        <translation>%1为草稿；生效前不对其依据进行校验。</translation>
    </message>
    <message>
        <source>Edit list domain %1</source>
        <translation>编辑名单领域%1</translation>
    </message>
    <message>
        <source>Add list domain</source>
        <translation>添加名单领域</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Deciding authority:</source>
        <translation>认定机关：</translation>
    </message>
    <message>
        <source>Serious conduct (49号):</source>
        <translation>严重失信行为类别（49号文）：</translation>
    </message>
    <message>
        <source>Listing period:</source>
        <translation>名单有效期：</translation>
    </message>
    <message>
        <source>Early removal:</source>
        <translation>提前移出：</translation>
    </message>
    <message>
        <source>Statement after prior notice:</source>
        <translation>预先告知后陈述申辩：</translation>
    </message>
    <message>
        <source>Objection decision:</source>
        <translation>异议处理决定：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>small Latin letters, digits and _, e.g. food_safety_serious</source>
        <translation>小写英文字母、数字和_，如 food_safety_serious</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add draft</source>
        <translation>添加草稿</translation>
    </message>
</context>
<context>
    <name>ReferenceDomainsRegister</name>
    <message>
        <source>List domains</source>
        <translation>名单领域</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>处罚机关</translation>
    </message>
    <message>
        <source>Serious conduct</source>
        <translation>严重失信行为类别</translation>
    </message>
    <message>
        <source>Listing period</source>
        <translation>名单有效期</translation>
    </message>
    <message>
        <source>Statement period</source>
        <translation>陈述申辩期限</translation>
    </message>
    <message>
        <source>Objection decision</source>
        <translation>异议处理决定</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add draft…</source>
        <translation>添加草稿…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Put in force…</source>
        <translation>设为生效…</translation>
    </message>
    <message>
        <source>Repeal…</source>
        <translation>废止…</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Deciding authority:</source>
        <translation>处罚机关：</translation>
    </message>
    <message>
        <source>Serious conduct (49号):</source>
        <translation>严重失信行为类别（49号文）：</translation>
    </message>
    <message>
        <source>Listing period:</source>
        <translation>名单有效期：</translation>
    </message>
    <message>
        <source>Early removal:</source>
        <translation>提前移出：</translation>
    </message>
    <message>
        <source>Statement after prior notice:</source>
        <translation>预先告知后陈述申辩：</translation>
    </message>
    <message>
        <source>Objection decision:</source>
        <translation>异议处理决定：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>适用范围：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>有效期间：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Put list domain in force</source>
        <translation>将名单领域设为生效</translation>
    </message>
    <message>
        <source>%1 takes effect on the date below, provided its legal bases allow it on that day.</source>
        <translation>%1将自下方日期起生效，前提是其法律依据在该日足以支撑。</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Repeal list domain</source>
        <translation>废止名单领域</translation>
    </message>
    <message>
        <source>%1 is not deleted: existing listings keep it; its last day in force is the day before the date below.</source>
        <translation>%1不会被删除：已有的名单认定仍保留该名单领域；其最后有效日为下方日期的前一日。</translation>
    </message>
    <message>
        <source>No longer in force from:</source>
        <translation>失效日期：</translation>
    </message>
</context>
<context>
    <name>ReferenceFormDialog</name>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>适用范围：</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Untick a setting once it has been checked against the regulation.</source>
        <translation>设置项经对照规定核实后，请取消勾选。</translation>
    </message>
    <message>
        <source>Still unconfirmed:</source>
        <translation>尚待核实：</translation>
    </message>
    <message>
        <source>Saving does not overwrite this version: it creates version %1, in force from the date below. Version %2 stays in force until the day before, and records made under it keep pointing to it.</source>
        <translation>保存不会覆盖当前版本，而是新建第%1版，自下方日期起生效。第%2版有效至该日期前一日，据其形成的记录仍指向该版本。</translation>
    </message>
    <message>
        <source>This is added as version 1, in force from the date below.</source>
        <translation>将作为第1版添加，自下方日期起生效。</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>New version in force from:</source>
        <translation>新版本生效日期：</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>生效日期：</translation>
    </message>
</context>
<context>
    <name>ReferenceHistoryDialog</name>
    <message>
        <source>Version in force on:</source>
        <translation>查询该日生效的版本：</translation>
    </message>
</context>
<context>
    <name>ReferenceListTab</name>
    <message>
        <source>Filter: any column…</source>
        <translation>筛选：任意列…</translation>
    </message>
    <message>
        <source>UNCONFIRMED — shipped default, check and correct</source>
        <translation>未经核实 — 系统预置默认值，请核对并更正</translation>
    </message>
</context>
<context>
    <name>ReferenceMeasureDialog</name>
    <message>
        <source>Edit measure %1</source>
        <translation>编辑惩戒措施%1</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>添加惩戒措施</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>措施内容：</translation>
    </message>
    <message>
        <source>Implementing department:</source>
        <translation>实施部门：</translation>
    </message>
    <message>
        <source>Subjects it may apply to:</source>
        <translation>适用主体：</translation>
    </message>
    <message>
        <source>Follows from list domains:</source>
        <translation>所依据的名单领域：</translation>
    </message>
    <message>
        <source>Follows from record kinds:</source>
        <translation>所依据的记录类型：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReferenceMeasuresRegister</name>
    <message>
        <source>Measures</source>
        <translation>惩戒措施</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Implementing department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>适用主体</translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation>所依据的名单或记录</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>%1, in force %2 to %3</source>
        <translation>第%1版，%2至%3有效</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>处罚内容：</translation>
    </message>
    <message>
        <source>Implementing department:</source>
        <translation>实施部门：</translation>
    </message>
    <message>
        <source>Subjects it may apply to:</source>
        <translation>适用主体：</translation>
    </message>
    <message>
        <source>Follows from list domains:</source>
        <translation>所依据的名单领域：</translation>
    </message>
    <message>
        <source>Follows from record kinds:</source>
        <translation>所依据的记录类型：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>适用范围：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Version %1 (record id %2): %3</source>
        <translation>第%1版（记录ID %2）：%3</translation>
    </message>
    <message>
        <source>Versions of measure %1</source>
        <translation>惩戒措施%1的历史版本</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录ID</translation>
    </message>
    <message>
        <source>Abolish measure</source>
        <translation>废止惩戒措施</translation>
    </message>
    <message>
        <source>%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished.</source>
        <translation>%1 %2不会被删除：其现行版本有效至下方日期的前一日，并标记为已废止。</translation>
    </message>
    <message>
        <source>No longer in force from:</source>
        <translation>失效日期：</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Read only: the reference data is maintained by the approvers of the credit office.</source>
        <translation>只读：基础数据由信用办负责人维护。</translation>
    </message>
</context>
<context>
    <name>ReferenceProfileDialog</name>
    <message>
        <source>Publication, %1</source>
        <translation>公示期限（%1）</translation>
    </message>
    <message>
        <source>Repair conditions</source>
        <translation>信用修复条件</translation>
    </message>
    <message>
        <source>Repeat-repair limits</source>
        <translation>重复修复限制</translation>
    </message>
    <message>
        <source>Edit rule profile</source>
        <translation>编辑规则配置</translation>
    </message>
    <message>
        <source>Add future rule profile</source>
        <translation>添加待生效规则配置</translation>
    </message>
    <message>
        <source>%1 is not yet in force, so its settings can still change. Its dates stay as they are.</source>
        <translation>%1尚未生效，其设置仍可修改；生效日期和截止日期保持不变。</translation>
    </message>
    <message>
        <source>The new profile governs decisions taken from its start date on. The profile in force until then ends the day before; decisions already taken keep their rules.</source>
        <translation>新规则配置适用于自其生效日期起作出的决定。此前生效的规则配置于该日期前一日终止；已作出的决定仍适用原规则。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Repair conditions:</source>
        <translation>信用修复条件：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加规则配置</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公示</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Publication, %1:</source>
        <translation>公示期限（%1）：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Repeat-repair limits:</source>
        <translation>重复修复限制：</translation>
    </message>
    <message>
        <source>gap at least</source>
        <translation>间隔至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多修复</translation>
    </message>
    <message>
        <source>repairs in</source>
        <translation>次，统计期间</translation>
    </message>
    <message>
        <source>%1 is in force and decisions may have been taken under it: only the settings still marked unconfirmed below can be corrected; untick one once its value is confirmed.</source>
        <translation>%1 已经施行，可能已有依其作出的决定：只能更正下方仍列为“尚待核实”的设置；某项数值核实后，请取消勾选。</translation>
    </message>
</context>
<context>
    <name>ReferenceProfilesRegister</name>
    <message>
        <source>Rule profiles</source>
        <translation>规则配置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Publication, %1</source>
        <translation>公示期限（%1）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <source>Profile in force on:</source>
        <translation>查询该日生效的规则配置：</translation>
    </message>
    <message>
        <source>Add future profile…</source>
        <translation>添加待生效规则配置…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2至%3）</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>处罚依据：</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>有效期间：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Publication, %1:</source>
        <translation>公示期限（%1）：</translation>
    </message>
    <message>
        <source>Repair conditions:</source>
        <translation>信用修复条件：</translation>
    </message>
    <message>
        <source>Repeat-repair limits:</source>
        <translation>重复修复限制：</translation>
    </message>
    <message numerus="yes">
        <source>on: at least %n month(s) between repairs</source>
        <translation>
            <numerusform>启用：两次修复间隔至少%n个月</numerusform>
        </translation>
    </message>
    <message>
        <source>, at most %1 repairs in %2 years</source>
        <translation>，%2年内至多修复%1次</translation>
    </message>
    <message>
        <source>off</source>
        <translation>未启用</translation>
    </message>
</context>
<context>
    <name>ReferenceRegister</name>
    <message>
        <source>History…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Abolish…</source>
        <translation>废止…</translation>
    </message>
    <message>
        <source>Catalog and lists</source>
        <translation>目录和名单</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>abolished</source>
        <translation>已废止</translation>
    </message>
</context>
<context>
    <name>ReferenceSeed</name>
    <message>
        <source>The shipped reference data is wrong at %1: %2</source>
        <translation>随附的基础数据在%1处有误：%2</translation>
    </message>
    <message>
        <source>unknown basis %1</source>
        <translation>未知依据%1</translation>
    </message>
    <message>
        <source>unknown level</source>
        <translation>未知效力层级</translation>
    </message>
    <message>
        <source>unknown disclosure</source>
        <translation>未知公开属性</translation>
    </message>
    <message>
        <source>The built-in reference data %1 is damaged.</source>
        <translation>内置基础数据%1已损坏。</translation>
    </message>
    <message>
        <source>The built-in reference data %1 is missing from this build.</source>
        <translation>本版本缺少内置基础数据%1。</translation>
    </message>
</context>
<context>
    <name>ReferenceTerms</name>
    <message>
        <source>local supplement</source>
        <translation>地方补充</translation>
    </message>
    <message>
        <source>national base</source>
        <translation>全国基础目录/清单</translation>
    </message>
    <message>
        <source>public</source>
        <translation>社会公开</translation>
    </message>
    <message>
        <source>shared between departments</source>
        <translation>政务共享</translation>
    </message>
    <message>
        <source>queried by authorisation</source>
        <translation>授权查询</translation>
    </message>
    <message>
        <source>legal person</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>unincorporated organisation</source>
        <translation>非法人组织</translation>
    </message>
    <message>
        <source>individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Name at least one kind of subject it concerns.</source>
        <translation>请至少填写一种所涉主体类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of subject (use %2).</source>
        <translation>“%1”不是主体类型（请使用%2）。</translation>
    </message>
    <message>
        <source>The subject kind %1 is named twice.</source>
        <translation>主体类型%1被重复填写。</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most 1,048,576 rows; export to CSV or narrow the filter.</source>
        <translation>XLSX 工作表最多可容纳1,048,576行；请导出为 CSV 或缩小筛选范围。</translation>
    </message>
    <message>
        <source>Export to a file ending in .csv or .xlsx, not %1.</source>
        <translation>请导出为扩展名为 .csv 或 .xlsx 的文件，而非%1。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>处罚机关</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>失信程度</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>Repair possible from</source>
        <translation>可申请修复日期</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source department</source>
        <translation>来源部门</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>目录事项</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan)</source>
        <translation>罚款金额（万元）</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
</context>
<context>
    <name>RegistryMergeDialog</name>
    <message>
        <source>Merge subjects</source>
        <translation>合并主体</translation>
    </message>
    <message>
        <source>The full code of the registration that stays</source>
        <translation>保留主体的完整代码</translation>
    </message>
    <message>
        <source>The records of %1 (%2) move to the subject below; %1 stays in the registry, marked as merged. Nothing is deleted.</source>
        <translation>%1（%2）的信用记录将转入下方主体；%1仍保留在信用信息库中，并标记为已合并。不删除任何数据。</translation>
    </message>
    <message>
        <source>Merge into (code):</source>
        <translation>并入主体（代码）：</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>No subject has this code.</source>
        <translation>没有该代码对应的主体。</translation>
    </message>
    <message>
        <source>This is the subject being merged.</source>
        <translation>这就是被合并的主体。</translation>
    </message>
    <message>
        <source>%1 is itself merged into another subject.</source>
        <translation>%1本身已并入其他主体。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>Credit subjects</source>
        <translation>信用主体</translation>
    </message>
    <message>
        <source>Saves the list shown, as filtered, to a CSV or XLSX file</source>
        <translation>将当前显示的列表按筛选结果保存为 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>credit records</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>credit subjects</source>
        <translation>信用主体</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>导出未执行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>已将%n行保存到%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryRecordsTab</name>
    <message>
        <source>Decided from</source>
        <translation>处罚决定日期自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>处罚机关</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>失信程度</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>Repair possible from</source>
        <translation>可申请修复日期</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source department</source>
        <translation>来源部门</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>目录事项</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan)</source>
        <translation>罚款金额（万元）</translation>
    </message>
    <message>
        <source>Subject no.</source>
        <translation>主体编号</translation>
    </message>
    <message>
        <source>Subject name contains…</source>
        <translation>主体名称包含…</translation>
    </message>
    <message>
        <source>Code starts with…</source>
        <translation>代码开头为…</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部失信程度</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All catalog items</source>
        <translation>全部目录事项</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln条信用记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrySimilarDialog</name>
    <message>
        <source>Same subject?</source>
        <translation>是否为同一主体？</translation>
    </message>
    <message>
        <source>A registered subject has a close name (%1 of %2). Is the subject you are registering the same as this one?</source>
        <translation>已登记主体中有名称相近的主体（第%1个，共%2个）。您正在登记的主体与该主体是否为同一主体？</translation>
    </message>
    <message>
        <source>Being registered</source>
        <translation>正在登记</translation>
    </message>
    <message>
        <source>Registered (no. %1)</source>
        <translation>已登记（编号%1）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Same subject</source>
        <translation>同一主体</translation>
    </message>
    <message>
        <source>Different subject</source>
        <translation>不同主体</translation>
    </message>
</context>
<context>
    <name>RegistrySubjectDetailDialog</name>
    <message>
        <source>Credit subject %1</source>
        <translation>信用主体%1</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>主体类型：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Registering authority:</source>
        <translation>登记机关：</translation>
    </message>
    <message>
        <source>Registered by:</source>
        <translation>登记部门：</translation>
    </message>
    <message>
        <source>%1 into subject no. %2</source>
        <translation>%1，并入编号为%2的主体</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>登记日期：</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>处罚机关</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>失信程度</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>目录事项</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>名单认定</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Listed from</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>期满日期</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>移出日期</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>移出情形</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>on the list</source>
        <translation>在名单内</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>不在名单内</translation>
    </message>
    <message>
        <source>New listing draft…</source>
        <translation>新建拟认定…</translation>
    </message>
</context>
<context>
    <name>RegistrySubjectsTab</name>
    <message>
        <source>Register subject…</source>
        <translation>登记主体…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>名称包含…</translation>
    </message>
    <message>
        <source>Code starts with…</source>
        <translation>代码开头为…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Register a credit subject</source>
        <translation>登记信用主体</translation>
    </message>
    <message>
        <source>%1 is registered already, as %2.</source>
        <translation>%1已登记，登记名称为“%2”。</translation>
    </message>
    <message>
        <source>Merge subjects</source>
        <translation>合并主体</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Every record of %1 moves to %2, and %1 is marked as merged.</source>
        <translation>是否将%1并入%2？%1的全部信用记录将转入%2，%1将标记为已合并。</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1已并入%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s)</source>
        <translation>
            <numerusform>%Ln个主体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>looks like a number Excel turned into scientific notation; re-enter it as text</source>
        <translation>疑似被 Excel 转换为科学计数法的数字，请以文本格式重新录入</translation>
    </message>
    <message>
        <source>old 15-digit numbers are not accepted; use the 18-digit number</source>
        <translation>不接受旧版15位号码，请使用18位号码</translation>
    </message>
    <message>
        <source>must have %1 characters, has %2; a final X looks lost; re-enter it as text</source>
        <translation>应为%1位，实为%2位；末位 X 疑似丢失，请以文本格式重新录入</translation>
    </message>
    <message>
        <source>must have %1 characters, has %2</source>
        <translation>应为%1位，实为%2位</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (the last one is a digit or X)</source>
        <translation>第%2位字符%1无效（末位应为数字或 X）</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (only the last one may be X)</source>
        <translation>第%2位字符%1无效（仅末位可以为 X）</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed</source>
        <translation>第%2位字符%1无效</translation>
    </message>
    <message>
        <source>birth date %1 does not exist</source>
        <translation>出生日期%1不存在</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>出生日期%1早于1900年</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>出生日期%1晚于当前日期</translation>
    </message>
    <message>
        <source>digits after the 15th look lost to Excel (…%1); re-enter it as text</source>
        <translation>第15位之后的数字疑似被 Excel 丢失（…%1），请以文本格式重新录入</translation>
    </message>
    <message>
        <source>check character should be %1, is %2</source>
        <translation>校验码应为%1，实为%2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Security administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <source>Audit administrator</source>
        <translation>审计管理员</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>每个账号至少需要一个角色。</translation>
    </message>
    <message>
        <source>The %1 role cannot be combined with any other role: the system, security and audit administrators are separate people, and none of them handles cases.</source>
        <translation>%1角色不能与其他任何角色兼任：系统管理员、安全管理员和审计管理员须由不同人员担任，且均不得办理业务。</translation>
    </message>
</context>
<context>
    <name>RuleProfileStore</name>
    <message>
        <source>There is no rule profile with the number %1.</source>
        <translation>编号为%1的规则配置不存在。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>No rule profile is in force on %1.</source>
        <translation>%1没有生效的规则配置。</translation>
    </message>
    <message>
        <source>A new rule profile must start in the future, after %1.</source>
        <translation>新规则配置的生效日期须晚于%1。</translation>
    </message>
    <message>
        <source>%1 would overlap %2, in force from %3: a new profile starts after the last one.</source>
        <translation>%1将与自%3起生效的%2重叠：新规则配置须在最后一个规则配置之后生效。</translation>
    </message>
    <message>
        <source>%1 would overlap %2, in force until %3.</source>
        <translation>%1将与有效期至%3的%2重叠。</translation>
    </message>
    <message>
        <source>%1 would leave the days from %2 to %3 without rules; start it on %2.</source>
        <translation>%1将使%2至%3期间没有适用的规则；请将其生效日期设为%2。</translation>
    </message>
    <message>
        <source>Someone else changed the rule profiles meanwhile. Reload and try again.</source>
        <translation>规则配置已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Someone else changed the rule profile %1 meanwhile. Reload it and try again.</source>
        <translation>规则配置%1已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>%1 is in force from %2 and decisions may have been taken under it, so its rules no longer change. Add a profile that starts on a future date instead.</source>
        <translation>%1自%2起生效，可能已有按其作出的决定，其规则不能再修改。请改为添加一个自未来日期起生效的规则配置。</translation>
    </message>
    <message>
        <source>%1 is in force and its setting %2 is confirmed, so it no longer changes. Add a profile that starts on a future date instead.</source>
        <translation>%1已生效，且其设置项%2已核实，不再变更。请改为添加一个自今后某日起生效的规则配置。</translation>
    </message>
    <message>
        <source>A confirmed setting of a profile in force cannot be marked unconfirmed again.</source>
        <translation>已生效规则配置中已核实的设置项不能再标记为未经核实。</translation>
    </message>
</context>
<context>
    <name>RuleProfiles</name>
    <message>
        <source>publication_months.%1 must be [min, max] or null.</source>
        <translation>publication_months.%1 须为 [min, max] 或 null。</translation>
    </message>
    <message>
        <source>deadlines.%1 needs days and a kind (working or calendar).</source>
        <translation>deadlines.%1 须包含天数和类型（working 或 calendar）。</translation>
    </message>
    <message>
        <source>The name of a rule profile must have 1 to 100 characters.</source>
        <translation>规则配置名称应为1至100个字符。</translation>
    </message>
    <message>
        <source>The rule profile %1 needs the date from which it is in force.</source>
        <translation>规则配置%1须填写生效日期。</translation>
    </message>
    <message>
        <source>The rule profile %1 ends before it starts.</source>
        <translation>规则配置%1的截止日期早于生效日期。</translation>
    </message>
    <message>
        <source>The rule profile %1 publishes no tier at all.</source>
        <translation>规则配置%1未对任何等级进行公示。</translation>
    </message>
    <message>
        <source>The publication period for %1 conduct must run from 0 to 120 months, the minimum not above the maximum.</source>
        <translation>%1失信行为的公示期限应为0至120个月，且最短期限不得长于最长期限。</translation>
    </message>
    <message>
        <source>The deadline %1 must be 0 to 365 days.</source>
        <translation>期限%1应为0至365天。</translation>
    </message>
    <message>
        <source>The repeat-repair limits need a gap of 0 or more months, a count and a window of at least 1.</source>
        <translation>重复修复限制须满足：间隔不少于0个月，次数和期间均不少于1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of a rule profile.</source>
        <translation>“%1”不是规则配置的设置项。</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n个自然日</numerusform>
        </translation>
    </message>
    <message>
        <source>not published</source>
        <translation>不公示</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1至%2个月</translation>
    </message>
    <message>
        <source>party&apos;s statement after prior notice</source>
        <translation>预先告知后当事人陈述申辩</translation>
    </message>
    <message>
        <source>marking an objection</source>
        <translation>标注异议处理中</translation>
    </message>
    <message>
        <source>deciding an objection</source>
        <translation>作出异议处理决定</translation>
    </message>
    <message>
        <source>answer to a repair application (信用中国)</source>
        <translation>答复信用修复申请（信用中国）</translation>
    </message>
    <message>
        <source>department&apos;s repair decision</source>
        <translation>部门作出信用修复决定</translation>
    </message>
</context>
<context>
    <name>SecurityPolicy</name>
    <message>
        <source>Minimum password length must be between 8 and 64 characters.</source>
        <translation>密码最小长度应在8至64个字符之间。</translation>
    </message>
    <message>
        <source>Passwords must mix 3 or 4 kinds of characters.</source>
        <translation>密码须包含3类或4类字符。</translation>
    </message>
    <message>
        <source>The account must lock after 3 to 10 failed attempts.</source>
        <translation>账号锁定前允许的登录失败次数应为3至10次。</translation>
    </message>
    <message>
        <source>The lock-out must last between 10 minutes and 24 hours.</source>
        <translation>锁定时长应在10分钟至24小时之间。</translation>
    </message>
    <message>
        <source>The window must lock after 1 to 15 idle minutes.</source>
        <translation>窗口空闲锁定时间应为1至15分钟。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters; it has %2.</source>
        <translation>密码至少应有%1个字符，当前为%2个。</translation>
    </message>
    <message>
        <source>The password must mix at least %1 of: lower-case letters, upper-case letters, digits, other characters; it has %2.</source>
        <translation>密码须至少包含小写字母、大写字母、数字、其他字符中的%1类，当前为%2类。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不得包含用户名。</translation>
    </message>
</context>
<context>
    <name>SecurityPolicyPage</name>
    <message>
        <source>Minimum password length:</source>
        <translation>密码最短长度：</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Level 3 practice: at least 8.</source>
        <translation>等保三级做法：至少8位。</translation>
    </message>
    <message>
        <source>Kinds of characters:</source>
        <translation>字符种类：</translation>
    </message>
    <message>
        <source> of 4 kinds</source>
        <translation> 种（共4种）</translation>
    </message>
    <message>
        <source>Lower-case, upper-case, digits, other characters. Level 3 practice: at least 3.</source>
        <translation>小写字母、大写字母、数字、其他字符。等保三级做法：至少3种。</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>锁定条件：</translation>
    </message>
    <message>
        <source> wrong passwords</source>
        <translation> 次密码错误</translation>
    </message>
    <message>
        <source>Wrong passwords in a row before the account locks. Level 3 practice: 5.</source>
        <translation>连续输错密码达到该次数后锁定账号。等保三级做法：5次。</translation>
    </message>
    <message>
        <source>Lock for:</source>
        <translation>锁定时长：</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Unless the security administrator unlocks it sooner. Level 3 practice: at least 10 minutes.</source>
        <translation>安全管理员可提前解锁。等保三级做法：至少10分钟。</translation>
    </message>
    <message>
        <source>Lock the window after:</source>
        <translation>无操作锁屏：</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> 分钟无操作</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>These rules put identity authentication (身份鉴别) of 等保2.0 level 3 (GB/T 22239-2019) into practice. Weaker values are refused, and every change is recorded in the audit trail.</source>
        <translation>以上规则落实等保2.0三级（GB/T 22239-2019）的身份鉴别要求。低于要求的取值将被拒绝，每次修改均记入审计日志。</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>安全策略</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于%1保存。</translation>
    </message>
    <message>
        <source>The officer must give the password again. Applies within a minute. Level 3 practice: at most 15 minutes.</source>
        <translation>锁屏后须重新输入密码。1分钟内生效。等保三级做法：不超过15分钟。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>sqlite:PATH for a file on this computer, or postgresql://USER@HOST:PORT/DBNAME for a shared server (the password is asked at start).</source>
        <translation>本机文件使用 sqlite:PATH，共享服务器使用 postgresql://USER@HOST:PORT/DBNAME（启动时输入密码）。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Document body font:</source>
        <translation>公文正文字体：</translation>
    </message>
    <message>
        <source>A new database or language takes effect the next time CreditDesk starts.</source>
        <translation>数据库或界面语言的更改将在下次启动信用业务办理平台时生效。</translation>
    </message>
    <message>
        <source>Back up when an officer signs out</source>
        <translation>工作人员退出登录时备份</translation>
    </message>
    <message>
        <source>Back up once a day (at the first sign-in after a day without one)</source>
        <translation>每天备份一次（超过一天未备份时，在首次登录后进行）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backups of the local database</source>
        <translation>本机数据库备份</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>保留备份数：</translation>
    </message>
    <message>
        <source>Each backup is checked (pages and audit trail) before it is kept; the oldest are removed beyond the number kept. A folder on another disk also survives a failed disk.</source>
        <translation>每份备份在保留前都经过校验（页面和审计日志）；超出保留数的最旧备份将被删除。将文件夹设在另一块磁盘上，磁盘故障时备份也不受影响。</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /home/officer/backups.</source>
        <translation>备份文件夹须为完整路径，例如 /home/officer/backups。</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>This database has accounts already; sign in instead.</source>
        <translation>该数据库已有账号，请直接登录。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the demo files.</source>
        <translation>无法为演示文件创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1.</source>
        <translation>无法写入演示文件%1。</translation>
    </message>
    <message>
        <source>The demo file of %1 was refused: %2</source>
        <translation>%1的演示文件被拒收：%2</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>CreditDesk is locked</source>
        <translation>信用业务办理平台已锁定</translation>
    </message>
    <message>
        <source>Sign in to CreditDesk</source>
        <translation>登录信用业务办理平台</translation>
    </message>
    <message>
        <source>CreditDesk · 信用业务办理平台</source>
        <translation>信用业务办理平台 · CreditDesk</translation>
    </message>
    <message>
        <source>The window was locked after a period without use. Enter the password of %1 to go on, or sign out.</source>
        <translation>窗口因长时间未操作已锁定。请输入%1的密码以继续，或退出登录。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>CreditDesk</source>
        <translation>信用业务办理平台</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The database cannot be opened again: %1</source>
        <translation>无法重新打开数据库：%1</translation>
    </message>
    <message>
        <source>Nothing was restored, and the database is as it was: %1</source>
        <translation>未恢复任何内容，数据库保持原样：%1</translation>
    </message>
    <message>
        <source>The database was restored from %1. The file it replaced is kept as %2. Sign in again.</source>
        <translation>已从%1恢复数据库。被替换的文件已保留为%2。请重新登录。</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Register a credit subject</source>
        <translation>登记信用主体</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>主体类型：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>SubjectIdentity</name>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>foreigner&apos;s permanent residence ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>other certificate</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>号码为空</translation>
    </message>
    <message>
        <source>Excel turned the number into %1, the digits are lost; export the column as text</source>
        <translation>Excel 已将该号码转换为%1，部分数字已丢失；请将该列以文本格式导出</translation>
    </message>
    <message>
        <source>has %1 characters, a certificate number has 5 to 30</source>
        <translation>长度为%1个字符，证件号码应为5至30个字符</translation>
    </message>
    <message>
        <source>character %1 is %2, which a certificate number does not contain</source>
        <translation>第%1个字符为%2，证件号码中不应含有该字符</translation>
    </message>
</context>
<context>
    <name>SubjectNames</name>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name has %1 characters, at most %2 are kept</source>
        <translation>名称长度为%1个字符，最多保留%2个字符</translation>
    </message>
    <message>
        <source>the name contains the unreadable character U+%1; check the file&apos;s encoding</source>
        <translation>名称中含有无法识别的字符 U+%1，请检查文件编码</translation>
    </message>
</context>
<context>
    <name>SubjectStore</name>
    <message>
        <source>There is no subject number %1 in the registry.</source>
        <translation>信用信息库中不存在编号为%1的主体。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of subject.</source>
        <translation>“%1”不是主体类型。</translation>
    </message>
    <message>
        <source>A %1 is not identified by a %2.</source>
        <translation>%1不能以%2作为证件类型。</translation>
    </message>
    <message>
        <source>The %1 is not valid: %2.</source>
        <translation>%1无效：%2。</translation>
    </message>
    <message>
        <source>The name cannot be stored: %1.</source>
        <translation>无法保存该名称：%1。</translation>
    </message>
    <message>
        <source>%1 is close to the registered subject %2. Compare them and say whether they are the same subject.</source>
        <translation>%1与已登记主体%2名称相近。请核对后确认二者是否为同一主体。</translation>
    </message>
    <message>
        <source>The subject was not registered.</source>
        <translation>主体未登记。</translation>
    </message>
    <message>
        <source>A subject cannot be merged into itself.</source>
        <translation>主体不能并入自身。</translation>
    </message>
    <message>
        <source>Someone changed one of the two subjects meanwhile. Open them again and repeat the merge.</source>
        <translation>两个主体中有一个已被他人修改。请重新打开后再次合并。</translation>
    </message>
    <message>
        <source>Only subjects that are not already merged can be merged.</source>
        <translation>只能合并尚未被合并的主体。</translation>
    </message>
    <message>
        <source>A natural person and an organisation cannot be one subject.</source>
        <translation>自然人与组织不能作为同一主体。</translation>
    </message>
    <message>
        <source>Both subjects have the decision %1: one of the two records must be revoked before the subjects are merged.</source>
        <translation>两个主体均有文号为%1的决定书记录：须先撤销其中一条记录，方可合并主体。</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件%1。</translation>
    </message>
    <message>
        <source>The file is in the old binary Excel format (.%1), which cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>该文件为旧版二进制 Excel 格式（.%1），无法读取。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The file has no extension: use a .csv or .xlsx file.</source>
        <translation>文件没有扩展名：请使用 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Files with the extension &quot;.%1&quot; cannot be imported: use a .csv or .xlsx file.</source>
        <translation>无法导入扩展名为“.%1”的文件：请使用 .csv 或 .xlsx 文件。</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file starts like UTF-16 text but has an odd number of bytes.</source>
        <translation>文件开头显示为 UTF-16 文本，但字节数为奇数。</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but contains invalid characters.</source>
        <translation>文件开头显示为 UTF-16 文本，但含有无效字符。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 (GBK) text: the byte at offset %1 is not valid. Save it again as CSV UTF-8.</source>
        <translation>文件既不是 UTF-8 文本，也不是 GB18030（GBK）文本：偏移量%1处的字节无效。请另存为 CSV UTF-8 格式。</translation>
    </message>
    <message>
        <source>The file is GB18030 (GBK) text with an unknown character at byte offset %1.</source>
        <translation>文件为 GB18030（GBK）文本，字节偏移量%1处有无法识别的字符。</translation>
    </message>
    <message>
        <source>The file is GB18030 (GBK) text with an unknown character.</source>
        <translation>文件为 GB18030（GBK）文本，含有无法识别的字符。</translation>
    </message>
    <message>
        <source>The file is marked as UTF-8 but the byte at offset %1 is not valid UTF-8.</source>
        <translation>文件标记为 UTF-8，但偏移量%1处的字节不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>looks like a number Excel turned into scientific notation; re-enter it as text</source>
        <translation>疑似被 Excel 转换为科学计数法的数字，请以文本格式重新录入</translation>
    </message>
    <message>
        <source>must have %1 characters, has %2</source>
        <translation>应为%1位，实为%2位</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (I, O, S, V and Z are never used)</source>
        <translation>第%2位字符%1无效（代码中不使用 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed</source>
        <translation>第%2位字符%1无效</translation>
    </message>
    <message>
        <source>positions 3–8 (administrative division) must be digits; position %1 is &apos;%2&apos;</source>
        <translation>第3至8位（登记管理机关行政区划码）必须为数字，第%1位为“%2”</translation>
    </message>
    <message>
        <source>digits after the 15th look lost to Excel (…%1); re-enter it as text</source>
        <translation>第15位之后的数字疑似被 Excel 丢失（…%1），请以文本格式重新录入</translation>
    </message>
    <message>
        <source>check character should be %1, is %2</source>
        <translation>校验码应为%1，实为%2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1的角色</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>e.g. wangxm</source>
        <translation>例如 wangxm</translation>
    </message>
    <message>
        <source>empty: the security administrator sets it later</source>
        <translation>留空：由安全管理员稍后设置</translation>
    </message>
    <message>
        <source>The three administrator roles cannot be combined with any other role.</source>
        <translation>三类管理员角色不能与其他任何角色兼任。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至%1</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add user…</source>
        <translation>添加用户……</translation>
    </message>
    <message>
        <source>Edit roles…</source>
        <translation>修改角色……</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码……</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Filter: user name, name, department, role…</source>
        <translation>筛选：用户名、姓名、部门、角色……</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Enable the account %1 (%2)? It can sign in again.</source>
        <translation>启用账号%1（%2）？启用后可重新登录。</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? It can no longer sign in.</source>
        <translation>停用账号%1（%2）？停用后将无法登录。</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>重置%1的密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person.</source>
        <translation>请当面将新密码告知%1。</translation>
    </message>
</context>
<context>
    <name>VersionedRows</name>
    <message>
        <source>No free key is left under %1.</source>
        <translation>%1下已无可用标识。</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile. Reload it and try again.</source>
        <translation>%1已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
</context>
<context>
    <name>WindowedTableModel</name>
    <message>
        <source>…</source>
        <comment>a row of a list that is still being read</comment>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Working-day calendar, year entry %1: no valid &quot;year&quot; number.</source>
        <translation>工作日历第%1个年度条目：缺少有效的 &quot;year&quot; 数值。</translation>
    </message>
    <message>
        <source>Working-day calendar: the year %1 is listed twice.</source>
        <translation>工作日历：%1年重复列出。</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1: &quot;source&quot; is not text.</source>
        <translation>工作日历%1年：&quot;source&quot; 不是文本。</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1: &quot;loaded&quot; is neither true nor false.</source>
        <translation>工作日历%1年：&quot;loaded&quot; 既不是 true 也不是 false。</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1: &quot;days&quot; is missing or not a list.</source>
        <translation>工作日历%1年：缺少 &quot;days&quot; 或其不是列表。</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1, entry %2: %3</source>
        <translation>工作日历%1年第%2个条目：%3</translation>
    </message>
    <message>
        <source>not an object.</source>
        <translation>不是对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 does not lie in %2.</source>
        <translation>%1不在%2年内。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1重复列出。</translation>
    </message>
    <message>
        <source>%1 has the unknown kind &quot;%2&quot; (expected &quot;off&quot; or &quot;work&quot;).</source>
        <translation>%1的类型“%2”无法识别（应为 &quot;off&quot; 或 &quot;work&quot;）。</translation>
    </message>
    <message>
        <source>%1 has a &quot;name&quot; that is not text.</source>
        <translation>%1的 &quot;name&quot; 不是文本。</translation>
    </message>
    <message>
        <source>The working-day calendar is not valid JSON (at character %1).</source>
        <translation>工作日历不是有效的 JSON（第%1个字符处）。</translation>
    </message>
    <message>
        <source>The working-day calendar has no &quot;years&quot; list.</source>
        <translation>工作日历缺少 &quot;years&quot; 列表。</translation>
    </message>
    <message>
        <source>The built-in working-day calendar is missing from this build.</source>
        <translation>本版本缺少内置工作日历。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The Excel workbook is damaged and cannot be read. Open it in Excel or WPS and save it again.</source>
        <translation>Excel 工作簿已损坏，无法读取。请在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿缺少组成部分%1。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Remove the password in Excel or WPS and import it again.</source>
        <translation>工作簿受密码保护。请在 Excel 或 WPS 中取消密码后重新导入。</translation>
    </message>
    <message>
        <source>The file is in the old binary Excel format (.xls), which cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>该文件为旧版二进制 Excel 格式（.xls），无法读取。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The file is not an Excel .xlsx workbook.</source>
        <translation>该文件不是 Excel .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>The Excel workbook has no worksheet.</source>
        <translation>Excel 工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件%1。</translation>
    </message>
</context>
</TS>
