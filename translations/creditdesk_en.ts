<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CreditDesk</source>
        <translation>About CreditDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CreditDesk %1&lt;/h2&gt;&lt;p&gt;信用业务办理平台 — case handling for the social credit office: serious-dishonesty listing, objections, credit repair and information-query registration, under 国办发〔2020〕49号 and the city&apos;s implementation opinion.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CreditDesk %1&lt;/h2&gt;&lt;p&gt;信用业务办理平台 — case handling for the social credit office: serious-dishonesty listing, objections, credit repair and information-query registration, under 国办发〔2020〕49号 and the city&apos;s implementation opinion.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Qt %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>The user name &quot;%1&quot; is not valid: use 2 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>There is no department &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The department code &quot;%1&quot; is not valid: use 1 to 16 Latin letters, digits, dashes or underscores.</source>
        <translation>The department code &quot;%1&quot; is not valid: use 1 to 16 Latin letters, digits, dashes or underscores.</translation>
    </message>
    <message>
        <source>The department name must have 1 to 100 characters.</source>
        <translation>The department name must have 1 to 100 characters.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The full name must have 1 to 50 characters.</source>
        <translation>The full name must have 1 to 50 characters.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken already.</source>
        <translation>The user name &quot;%1&quot; is taken already.</translation>
    </message>
    <message>
        <source>The password could not be hashed (libsodium failed).</source>
        <translation>The password could not be hashed (libsodium failed).</translation>
    </message>
    <message>
        <source>This is the last active system administrator: create another one first.</source>
        <translation>This is the last active system administrator: create another one first.</translation>
    </message>
    <message>
        <source>Someone else changed the account %1 meanwhile. Reload it and try again.</source>
        <translation>Someone else changed the account %1 meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed attempts until %2.</source>
        <translation>The account %1 is locked after too many failed attempts until %2.</translation>
    </message>
    <message>
        <source>Wrong password for the %1th time: the account is locked for %2 minutes.</source>
        <translation>Wrong password for the %1th time: the account is locked for %2 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. %n attempt(s) left before the account locks.</source>
        <translation>
            <numerusform>Wrong user name or password. %n attempt left before the account locks.</numerusform>
            <numerusform>Wrong user name or password. %n attempts left before the account locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The department code %1 is taken already (%2).</source>
        <translation>The department code %1 is taken already (%2).</translation>
    </message>
    <message>
        <source>A department named %1 exists already (code %2).</source>
        <translation>A department named %1 exists already (code %2).</translation>
    </message>
</context>
<context>
    <name>AuditEvents</name>
    <message>
        <source>sign-in</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation>sign-out</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>account unlocked</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>account created</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>account enabled</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>roles changed</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>password set</translation>
    </message>
    <message>
        <source>department created</source>
        <translation>department created</translation>
    </message>
    <message>
        <source>security policy changed</source>
        <translation>security policy changed</translation>
    </message>
    <message>
        <source>calendar day set</source>
        <translation>calendar day set</translation>
    </message>
    <message>
        <source>calendar day cleared</source>
        <translation>calendar day cleared</translation>
    </message>
    <message>
        <source>calendar year added</source>
        <translation>calendar year added</translation>
    </message>
    <message>
        <source>calendar year removed</source>
        <translation>calendar year removed</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row was written outside a transaction.</source>
        <translation>An audit row was written outside a transaction.</translation>
    </message>
    <message>
        <source>The audit trail has lost its head row.</source>
        <translation>The audit trail has lost its head row.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are missing before row %3.</source>
        <translation>Rows %1 to %2 are missing before row %3.</translation>
    </message>
    <message>
        <source>Row %1 does not follow the row before it: a row was changed or removed.</source>
        <translation>Row %1 does not follow the row before it: a row was changed or removed.</translation>
    </message>
    <message>
        <source>Row %1 was changed after it was written.</source>
        <translation>Row %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The trail ends at row %1 but %2 rows were written: the last rows were removed.</source>
        <translation>The trail ends at row %1 but %2 rows were written: the last rows were removed.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Filter: user, event, object or detail</source>
        <translation>Filter: user, event, object or detail</translation>
    </message>
    <message>
        <source>newest </source>
        <translation>newest </translation>
    </message>
    <message>
        <source> rows</source>
        <translation> rows</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows verified.</source>
        <translation>Audit trail intact: %1 rows verified.</translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation>Audit trail broken at row %1: %2</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>The audit trail could not be verified: %1</translation>
    </message>
</context>
<context>
    <name>BasisGuard</name>
    <message>
        <source>The list domain</source>
        <translation>The list domain</translation>
    </message>
    <message>
        <source>The measure</source>
        <translation>The measure</translation>
    </message>
    <message>
        <source>%1 is no longer in force on %2 (its last day was %3)</source>
        <translation>%1 is no longer in force on %2 (its last day was %3)</translation>
    </message>
    <message>
        <source>%1 is not yet in force on %2 (it takes effect on %3)</source>
        <translation>%1 is not yet in force on %2 (it takes effect on %3)</translation>
    </message>
    <message>
        <source>%1 needs the date on which it takes effect.</source>
        <translation>%1 needs the date on which it takes effect.</translation>
    </message>
    <message>
        <source>%1 cites no legal basis. Every list domain and measure must cite its legal basis directly (国办发〔2020〕49号).</source>
        <translation>%1 cites no legal basis. Every list domain and measure must cite its legal basis directly (国办发〔2020〕49号).</translation>
    </message>
    <message>
        <source>%1 rests only on a normative document (%2): a normative document alone is never a sufficient basis.</source>
        <translation>%1 rests only on a normative document (%2): a normative document alone is never a sufficient basis.</translation>
    </message>
    <message>
        <source>%1 is a %2</source>
        <translation>%1 is a %2</translation>
    </message>
    <message>
        <source>%1 is a local addition and needs a local regulation (地方性法规) among its bases; %2.</source>
        <translation>%1 is a local addition and needs a local regulation (地方性法规) among its bases; %2.</translation>
    </message>
    <message>
        <source>%1 is a local addition and needs a local regulation in force when it takes effect: %2.</source>
        <translation>%1 is a local addition and needs a local regulation in force when it takes effect: %2.</translation>
    </message>
    <message>
        <source>a law, an administrative regulation, a Party Central / State Council policy document or a departmental rule</source>
        <translation>a law, an administrative regulation, a Party Central / State Council policy document or a departmental rule</translation>
    </message>
    <message>
        <source>a law, an administrative regulation or a Party Central / State Council policy document</source>
        <translation>a law, an administrative regulation or a Party Central / State Council policy document</translation>
    </message>
    <message>
        <source>%1 must rest on %2 (national scope); %3.</source>
        <translation>%1 must rest on %2 (national scope); %3.</translation>
    </message>
    <message>
        <source>%1 has no basis in force on %2: %3.</source>
        <translation>%1 has no basis in force on %2: %3.</translation>
    </message>
</context>
<context>
    <name>BasisLevels</name>
    <message>
        <source>law</source>
        <translation>law</translation>
    </message>
    <message>
        <source>administrative regulation</source>
        <translation>administrative regulation</translation>
    </message>
    <message>
        <source>departmental rule</source>
        <translation>departmental rule</translation>
    </message>
    <message>
        <source>Party Central / State Council policy document</source>
        <translation>Party Central / State Council policy document</translation>
    </message>
    <message>
        <source>local regulation</source>
        <translation>local regulation</translation>
    </message>
    <message>
        <source>local government rule</source>
        <translation>local government rule</translation>
    </message>
    <message>
        <source>normative document</source>
        <translation>normative document</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Mark as day off…</source>
        <translation>Mark as day off…</translation>
    </message>
    <message>
        <source>Mark as make-up working day…</source>
        <translation>Mark as make-up working day…</translation>
    </message>
    <message>
        <source>Back to the weekday rule</source>
        <translation>Back to the weekday rule</translation>
    </message>
    <message>
        <source>Add a year…</source>
        <translation>Add a year…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Red: day off in the State Council arrangement. Blue: make-up working day (调休上班).</source>
        <translation>Red: day off in the State Council arrangement. Blue: make-up working day (调休上班).</translation>
    </message>
    <message>
        <source>Count working days</source>
        <translation>Count working days</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Add:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>%1: %2 working days. Source: %3</source>
        <translation>%1: %2 working days. Source: %3</translation>
    </message>
    <message>
        <source>%1: the State Council arrangement is not loaded. Only weekends count as days off, and every deadline in this year is provisional.</source>
        <translation>%1: the State Council arrangement is not loaded. Only weekends count as days off, and every deadline in this year is provisional.</translation>
    </message>
    <message>
        <source>Name of %1 (e.g. 春节, 调休上班):</source>
        <translation>Name of %1 (e.g. 春节, 调休上班):</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>Add a year</translation>
    </message>
    <message>
        <source>Year whose State Council arrangement you will enter:</source>
        <translation>Year whose State Council arrangement you will enter:</translation>
    </message>
    <message>
        <source>Source (the notice&apos;s title):</source>
        <translation>Source (the notice&apos;s title):</translation>
    </message>
    <message>
        <source> (provisional: a year on the way is not loaded)</source>
        <translation> (provisional: a year on the way is not loaded)</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>The name of the day must have at most 40 characters.</source>
        <translation>The name of the day must have at most 40 characters.</translation>
    </message>
    <message>
        <source>The year %1 is not in the calendar yet: add the year first.</source>
        <translation>The year %1 is not in the calendar yet: add the year first.</translation>
    </message>
    <message>
        <source>%1 is an ordinary day already.</source>
        <translation>%1 is an ordinary day already.</translation>
    </message>
    <message>
        <source>The year %1 is outside 2000 to 2100.</source>
        <translation>The year %1 is outside 2000 to 2100.</translation>
    </message>
    <message>
        <source>The day %1 does not belong to the year %2.</source>
        <translation>The day %1 does not belong to the year %2.</translation>
    </message>
    <message>
        <source>The year %1 is in the calendar already.</source>
        <translation>The year %1 is in the calendar already.</translation>
    </message>
    <message>
        <source>The year %1 is not in the calendar.</source>
        <translation>The year %1 is not in the calendar.</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>There is no catalog item with the number %1.</source>
        <translation>There is no catalog item with the number %1.</translation>
    </message>
    <message>
        <source>The catalog item %1 is not in force on %2.</source>
        <translation>The catalog item %1 is not in force on %2.</translation>
    </message>
    <message>
        <source>The national catalog has 13 classes; %1 is not one of them.</source>
        <translation>The national catalog has 13 classes; %1 is not one of them.</translation>
    </message>
    <message>
        <source>The name of a catalog item must have 1 to 200 characters.</source>
        <translation>The name of a catalog item must have 1 to 200 characters.</translation>
    </message>
    <message>
        <source>Describe the conduct or fact that the catalog item %1 records.</source>
        <translation>Describe the conduct or fact that the catalog item %1 records.</translation>
    </message>
    <message>
        <source>Name the department the information of %1 comes from.</source>
        <translation>Name the department the information of %1 comes from.</translation>
    </message>
    <message>
        <source>State the disclosure period of %1 (the catalog fixes it).</source>
        <translation>State the disclosure period of %1 (the catalog fixes it).</translation>
    </message>
    <message>
        <source>Give the date from which %1 is in force.</source>
        <translation>Give the date from which %1 is in force.</translation>
    </message>
    <message>
        <source>A legal basis is cited twice.</source>
        <translation>A legal basis is cited twice.</translation>
    </message>
    <message>
        <source>The catalog key %1 is taken already.</source>
        <translation>The catalog key %1 is taken already.</translation>
    </message>
    <message>
        <source>The catalog item %1 is abolished; it cannot change any more.</source>
        <translation>The catalog item %1 is abolished; it cannot change any more.</translation>
    </message>
    <message>
        <source>The new version of %1 must take effect after the current one (in force from %2).</source>
        <translation>The new version of %1 must take effect after the current one (in force from %2).</translation>
    </message>
    <message>
        <source>%1 can be abolished from %2 at the earliest.</source>
        <translation>%1 can be abolished from %2 at the earliest.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>CleanupDocuments</name>
    <message>
        <source>catalog items</source>
        <translation>catalog items</translation>
    </message>
    <message>
        <source>serious-dishonesty lists</source>
        <translation>serious-dishonesty lists</translation>
    </message>
    <message>
        <source>punishment measures</source>
        <translation>punishment measures</translation>
    </message>
    <message>
        <source>credit repair rules</source>
        <translation>credit repair rules</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>revise</translation>
    </message>
    <message>
        <source>abolish</source>
        <translation>abolish</translation>
    </message>
    <message>
        <source>raise to a local regulation</source>
        <translation>raise to a local regulation</translation>
    </message>
</context>
<context>
    <name>CleanupStore</name>
    <message>
        <source>The title of the document must have 1 to 200 characters.</source>
        <translation>The title of the document must have 1 to 200 characters.</translation>
    </message>
    <message>
        <source>Say what %1 provides: catalog items, lists, measures or repair rules.</source>
        <translation>Say what %1 provides: catalog items, lists, measures or repair rules.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something a document under review can provide.</source>
        <translation>&quot;%1&quot; is not something a document under review can provide.</translation>
    </message>
    <message>
        <source>A provision kind is named twice.</source>
        <translation>A provision kind is named twice.</translation>
    </message>
    <message>
        <source>Give the reason for the decision on %1.</source>
        <translation>Give the reason for the decision on %1.</translation>
    </message>
    <message>
        <source>A review cannot be completed before it has a decision.</source>
        <translation>A review cannot be completed before it has a decision.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>There is no document under review with the number %1.</source>
        <translation>There is no document under review with the number %1.</translation>
    </message>
    <message>
        <source>Someone else changed the review of %1 meanwhile. Reload it and try again.</source>
        <translation>Someone else changed the review of %1 meanwhile. Reload it and try again.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no database at %1. Create it with: creditctl --db %2 init</source>
        <translation>There is no database at %1. Create it with: creditctl --db %2 init</translation>
    </message>
    <message>
        <source>Usage: creditctl audit verify</source>
        <translation>Usage: creditctl audit verify</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows verified.</source>
        <translation>Audit trail intact: %1 rows verified.</translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation>Audit trail broken at row %1: %2</translation>
    </message>
    <message>
        <source>Usage: creditctl audit list [--limit N] [--filter TEXT]</source>
        <translation>Usage: creditctl audit list [--limit N] [--filter TEXT]</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000.</source>
        <translation>--limit must be a number from 1 to 100000.</translation>
    </message>
    <message>
        <source>Usage: creditctl stats</source>
        <translation>Usage: creditctl stats</translation>
    </message>
    <message>
        <source>audit verify                walk the audit hash chain</source>
        <translation>audit verify                walk the audit hash chain</translation>
    </message>
    <message>
        <source>audit list [--limit N] [--filter TEXT]   newest audit rows</source>
        <translation>audit list [--limit N] [--filter TEXT]   newest audit rows</translation>
    </message>
    <message>
        <source>stats                       counts of what the database holds</source>
        <translation>stats                       counts of what the database holds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD, e.g. 2026-03-05.</source>
        <translation>&quot;%1&quot; is not a date: write YYYY-MM-DD, e.g. 2026-03-05.</translation>
    </message>
    <message>
        <source>No database yet: using the calendar shipped with CreditDesk.</source>
        <translation>No database yet: using the calendar shipped with CreditDesk.</translation>
    </message>
    <message>
        <source>Provisional: the span reaches a year whose holiday arrangement is not loaded; only weekends were taken as days off.</source>
        <translation>Provisional: the span reaches a year whose holiday arrangement is not loaded; only weekends were taken as days off.</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar add-workdays YYYY-MM-DD N</source>
        <translation>Usage: creditctl calendar add-workdays YYYY-MM-DD N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of working days between -100000 and 100000.</source>
        <translation>&quot;%1&quot; is not a number of working days between -100000 and 100000.</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar workdays FROM TO   (dates as YYYY-MM-DD)</source>
        <translation>Usage: creditctl calendar workdays FROM TO   (dates as YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar show YEAR</source>
        <translation>Usage: creditctl calendar show YEAR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>%1: %2 working days%3</source>
        <translation>%1: %2 working days%3</translation>
    </message>
    <message>
        <source> (not loaded: weekends only, provisional)</source>
        <translation> (not loaded: weekends only, provisional)</translation>
    </message>
    <message>
        <source>calendar add-workdays YYYY-MM-DD N   the date N working days after a date</source>
        <translation>calendar add-workdays YYYY-MM-DD N   the date N working days after a date</translation>
    </message>
    <message>
        <source>calendar workdays FROM TO   working days in (FROM, TO]</source>
        <translation>calendar workdays FROM TO   working days in (FROM, TO]</translation>
    </message>
    <message>
        <source>calendar show YEAR          holidays and make-up days of a year</source>
        <translation>calendar show YEAR          holidays and make-up days of a year</translation>
    </message>
    <message>
        <source>Usage: creditctl init [--demo [--demo-password-stdin]]</source>
        <translation>Usage: creditctl init [--demo [--demo-password-stdin]]</translation>
    </message>
    <message>
        <source>Password for the demo accounts: </source>
        <translation>Password for the demo accounts: </translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2).</source>
        <translation>Database ready: %1 (schema version %2).</translation>
    </message>
    <message>
        <source>Demo data added. The demo accounts have no password yet: set one with creditctl user passwd officer1 (and reviewer1, approver1, secadmin, auditor, scjg1).</source>
        <translation>Demo data added. The demo accounts have no password yet: set one with creditctl user passwd officer1 (and reviewer1, approver1, secadmin, auditor, scjg1).</translation>
    </message>
    <message>
        <source>Demo data added; the demo accounts use the password you gave.</source>
        <translation>Demo data added; the demo accounts use the password you gave.</translation>
    </message>
    <message>
        <source>No account exists yet: start creditdesk to create the system administrator, or run creditctl user add --role sysadmin ...</source>
        <translation>No account exists yet: start creditdesk to create the system administrator, or run creditctl user add --role sysadmin ...</translation>
    </message>
    <message>
        <source>init [--demo [--demo-password-stdin]]   create or update the database; add demo data</source>
        <translation>init [--demo [--demo-password-stdin]]   create or update the database; add demo data</translation>
    </message>
    <message>
        <source>Usage: creditctl user add --login L --name N --department D --role R [--role R2] (password on stdin)</source>
        <translation>Usage: creditctl user add --login L --name N --department D --role R [--role R2] (password on stdin)</translation>
    </message>
    <message>
        <source>The option --%1 is missing.</source>
        <translation>The option --%1 is missing.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use officer, reviewer, approver, sysadmin, secadmin or auditadmin.</source>
        <translation>Unknown role &quot;%1&quot;: use officer, reviewer, approver, sysadmin, secadmin or auditadmin.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Usage: creditctl user list</source>
        <translation>Usage: creditctl user list</translation>
    </message>
    <message>
        <source>Usage: creditctl user passwd LOGIN   (new password on stdin)</source>
        <translation>Usage: creditctl user passwd LOGIN   (new password on stdin)</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>Usage: creditctl user unlock LOGIN</source>
        <translation>Usage: creditctl user unlock LOGIN</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Account %1 unlocked.</translation>
    </message>
    <message>
        <source>user add --login L --name N --department D --role R   (password on stdin)</source>
        <translation>user add --login L --name N --department D --role R   (password on stdin)</translation>
    </message>
    <message>
        <source>user list                   accounts, roles and status</source>
        <translation>user list                   accounts, roles and status</translation>
    </message>
    <message>
        <source>user passwd LOGIN           set a password (read from stdin)</source>
        <translation>user passwd LOGIN           set a password (read from stdin)</translation>
    </message>
    <message>
        <source>user unlock LOGIN           lift a lock-out</source>
        <translation>user unlock LOGIN           lift a lock-out</translation>
    </message>
    <message>
        <source>Give at least one code to check.</source>
        <translation>Give at least one code to check.</translation>
    </message>
    <message>
        <source>validate uscc CODE...       check unified social credit codes</source>
        <translation>validate uscc CODE...       check unified social credit codes</translation>
    </message>
    <message>
        <source>validate id NUMBER...       check resident identity numbers</source>
        <translation>validate id NUMBER...       check resident identity numbers</translation>
    </message>
    <message>
        <source>Usage: creditctl [--db URL] [--json] COMMAND [ARGS]

  --db URL   sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: %1)
  --json     machine-readable output on stdout

Commands:
</source>
        <translation>Usage: creditctl [--db URL] [--json] COMMAND [ARGS]

  --db URL   sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: %1)
  --json     machine-readable output on stdout

Commands:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 rejected input or failed check, 2 usage error, 3 storage or environment error.</source>
        <translation>
Exit codes: 0 success, 1 rejected input or failed check, 2 usage error, 3 storage or environment error.</translation>
    </message>
    <message>
        <source>--db needs a URL: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>--db needs a URL: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>Unknown option %1.

%2</source>
        <translation>Unknown option %1.

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Unknown command &quot;%1&quot;.

%2</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar set YYYY-MM-DD off|work [NAME]</source>
        <translation>Usage: creditctl calendar set YYYY-MM-DD off|work [NAME]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither off nor work.</source>
        <translation>&quot;%1&quot; is neither off nor work.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar unset YYYY-MM-DD</source>
        <translation>Usage: creditctl calendar unset YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 follows the weekday rule again.</source>
        <translation>%1 follows the weekday rule again.</translation>
    </message>
    <message>
        <source>Usage: creditctl calendar import FILE.json</source>
        <translation>Usage: creditctl calendar import FILE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is in the calendar already; edit its days with calendar set/unset.</source>
        <translation>%1 is in the calendar already; edit its days with calendar set/unset.</translation>
    </message>
    <message>
        <source>No year added.</source>
        <translation>No year added.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Added: %1.</translation>
    </message>
    <message>
        <source>calendar set YYYY-MM-DD off|work [NAME]   mark a holiday or make-up day</source>
        <translation>calendar set YYYY-MM-DD off|work [NAME]   mark a holiday or make-up day</translation>
    </message>
    <message>
        <source>calendar unset YYYY-MM-DD   back to the weekday rule</source>
        <translation>calendar unset YYYY-MM-DD   back to the weekday rule</translation>
    </message>
    <message>
        <source>calendar import FILE.json   load years from a calendar file</source>
        <translation>calendar import FILE.json   load years from a calendar file</translation>
    </message>
    <message>
        <source>Usage: creditctl department list</source>
        <translation>Usage: creditctl department list</translation>
    </message>
    <message>
        <source>	(credit office)</source>
        <translation>	(credit office)</translation>
    </message>
    <message>
        <source>Usage: creditctl department add --code CODE --name NAME [--credit-office]</source>
        <translation>Usage: creditctl department add --code CODE --name NAME [--credit-office]</translation>
    </message>
    <message>
        <source>Department %1 (%2) added.</source>
        <translation>Department %1 (%2) added.</translation>
    </message>
    <message>
        <source>department list             departments and their codes</source>
        <translation>department list             departments and their codes</translation>
    </message>
    <message>
        <source>department add --code CODE --name NAME [--credit-office]</source>
        <translation>department add --code CODE --name NAME [--credit-office]</translation>
    </message>
    <message>
        <source>Usage: creditctl catalog list [--json]</source>
        <translation>Usage: creditctl catalog list [--json]</translation>
    </message>
    <message>
        <source>	(abolished)</source>
        <translation>	(abolished)</translation>
    </message>
    <message>
        <source>Usage: creditctl measures list [--json]</source>
        <translation>Usage: creditctl measures list [--json]</translation>
    </message>
    <message>
        <source>Usage: creditctl domains list [--json]</source>
        <translation>Usage: creditctl domains list [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%3	%n month(s)	%4</source>
        <translation>
            <numerusform>%1	%2	%3	%n month	%4</numerusform>
            <numerusform>%1	%2	%3	%n months	%4</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD, e.g. 2026-04-01.</source>
        <translation>&quot;%1&quot; is not a date: write YYYY-MM-DD, e.g. 2026-04-01.</translation>
    </message>
    <message>
        <source>  [UNCONFIRMED default]</source>
        <translation>  [UNCONFIRMED default]</translation>
    </message>
    <message>
        <source>  publication, %1: %2</source>
        <translation>  publication, %1: %2</translation>
    </message>
    <message>
        <source>  deadline %1: %2</source>
        <translation>  deadline %1: %2</translation>
    </message>
    <message>
        <source>  repeat repair: at most %1 in %2 years, %3 months apart</source>
        <translation>  repeat repair: at most %1 in %2 years, %3 months apart</translation>
    </message>
    <message>
        <source>  repeat repair: no limit</source>
        <translation>  repeat repair: no limit</translation>
    </message>
    <message>
        <source>  repair conditions: %1</source>
        <translation>  repair conditions: %1</translation>
    </message>
    <message>
        <source>Usage: creditctl rules show --date YYYY-MM-DD [--json]</source>
        <translation>Usage: creditctl rules show --date YYYY-MM-DD [--json]</translation>
    </message>
    <message>
        <source>catalog list                public credit information catalog items</source>
        <translation>catalog list                public credit information catalog items</translation>
    </message>
    <message>
        <source>measures list               punishment measures list</source>
        <translation>measures list               punishment measures list</translation>
    </message>
    <message>
        <source>domains list                serious-dishonesty list domains</source>
        <translation>domains list                serious-dishonesty list domains</translation>
    </message>
    <message>
        <source>rules show --date YYYY-MM-DD   the rule profile in force on a date</source>
        <translation>rules show --date YYYY-MM-DD   the rule profile in force on a date</translation>
    </message>
</context>
<context>
    <name>CodeNormalizer</name>
    <message>
        <source>%1 (a space)</source>
        <translation>%1 (a space)</translation>
    </message>
    <message>
        <source>%1 (invisible)</source>
        <translation>%1 (invisible)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another CreditDesk (process %2 on %3). Close that window first, or open another database.</source>
        <translation>The database %1 is already open in another CreditDesk (process %2 on %3). Close that window first, or open another database.</translation>
    </message>
    <message>
        <source>The Qt database driver for %1 is not installed.</source>
        <translation>The Qt database driver for %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging; keep it on a local disk.</source>
        <translation>The database %1 cannot use write-ahead logging; keep it on a local disk.</translation>
    </message>
    <message>
        <source>The database is busy: another CreditDesk is saving. Try again in a moment.</source>
        <translation>The database is busy: another CreditDesk is saving. Try again in a moment.</translation>
    </message>
    <message>
        <source>Another officer saved at the same moment. Reload and try again.</source>
        <translation>Another officer saved at the same moment. Reload and try again.</translation>
    </message>
    <message>
        <source>This entry exists already.</source>
        <translation>This entry exists already.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>The connection to the database was lost.</translation>
    </message>
    <message>
        <source>The database refused the operation.</source>
        <translation>The database refused the operation.</translation>
    </message>
    <message>
        <source>Cannot open a reading connection to the database.</source>
        <translation>Cannot open a reading connection to the database.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite database URL has no file path: write sqlite:/path/to/file.db</source>
        <translation>The SQLite database URL has no file path: write sqlite:/path/to/file.db</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; is not valid: %2</source>
        <translation>The PostgreSQL URL &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; names no host</source>
        <translation>The PostgreSQL URL &quot;%1&quot; names no host</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; must end with /DATABASE_NAME</source>
        <translation>The PostgreSQL URL &quot;%1&quot; must end with /DATABASE_NAME</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &quot;%1&quot; has an invalid port</source>
        <translation>The PostgreSQL URL &quot;%1&quot; has an invalid port</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Add department…</source>
        <translation>Add department…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>credit office</source>
        <translation>credit office</translation>
    </message>
    <message>
        <source>reporting department</source>
        <translation>reporting department</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>e.g. GAJ</source>
        <translation>e.g. GAJ</translation>
    </message>
    <message>
        <source>e.g. 庐山市公安局</source>
        <translation>e.g. 庐山市公安局</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Add demo data: sample departments and one account per role</source>
        <translation>Add demo data: sample departments and one account per role</translation>
    </message>
    <message>
        <source>Set up CreditDesk</source>
        <translation>Set up CreditDesk</translation>
    </message>
    <message>
        <source>e.g. sysadmin</source>
        <translation>e.g. sysadmin</translation>
    </message>
    <message>
        <source>Demo accounts officer1, reviewer1, approver1, secadmin, auditor and scjg1 get the password entered here.</source>
        <translation>Demo accounts officer1, reviewer1, approver1, secadmin, auditor and scjg1 get the password entered here.</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the system administrator of the credit office. The system administrator manages accounts and system data; security and audit administrators are separate accounts.</source>
        <translation>This database has no accounts yet. Create the system administrator of the credit office. The system administrator manages accounts and system data; security and audit administrators are separate accounts.</translation>
    </message>
    <message>
        <source>Password: at least 8 characters mixing three of lower-case, upper-case, digits and other characters.</source>
        <translation>Password: at least 8 characters mixing three of lower-case, upper-case, digits and other characters.</translation>
    </message>
    <message>
        <source>Credit office:</source>
        <translation>Credit office:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Enter the administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The administrator was created, but the demo data was not: %1</source>
        <translation>The administrator was created, but the demo data was not: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Credit subjects</source>
        <translation>Credit subjects</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>Credit records</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>Coming days off and make-up working days</source>
        <translation>Coming days off and make-up working days</translation>
    </message>
    <message>
        <source>Hello, %1 — %2</source>
        <translation>Hello, %1 — %2</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>The holiday arrangement of %1 is not loaded yet: deadlines reaching into it are provisional.</source>
        <translation>The holiday arrangement of %1 is not loaded yet: deadlines reaching into it are provisional.</translation>
    </message>
</context>
<context>
    <name>LegalBasisStore</name>
    <message>
        <source>There is no legal basis with the number %1.</source>
        <translation>There is no legal basis with the number %1.</translation>
    </message>
    <message>
        <source>There is no legal basis &quot;%1&quot;.</source>
        <translation>There is no legal basis &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of a legal basis is not valid: use 2 to 48 small Latin letters, digits or underscores.</source>
        <translation>The key &quot;%1&quot; of a legal basis is not valid: use 2 to 48 small Latin letters, digits or underscores.</translation>
    </message>
    <message>
        <source>The title of a legal basis must have 1 to 200 characters.</source>
        <translation>The title of a legal basis must have 1 to 200 characters.</translation>
    </message>
    <message>
        <source>Give the date from which %1 is in force.</source>
        <translation>Give the date from which %1 is in force.</translation>
    </message>
    <message>
        <source>%1 cannot go out of force before it comes into force.</source>
        <translation>%1 cannot go out of force before it comes into force.</translation>
    </message>
    <message>
        <source>The key %1 is taken by another legal basis.</source>
        <translation>The key %1 is taken by another legal basis.</translation>
    </message>
    <message>
        <source>Someone else changed the legal basis %1 meanwhile. Reload it and try again.</source>
        <translation>Someone else changed the legal basis %1 meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>Give the last day on which %1 is in force.</source>
        <translation>Give the last day on which %1 is in force.</translation>
    </message>
</context>
<context>
    <name>ListDomainStore</name>
    <message>
        <source>There is no list domain with the number %1.</source>
        <translation>There is no list domain with the number %1.</translation>
    </message>
    <message>
        <source>There is no list domain &quot;%1&quot;.</source>
        <translation>There is no list domain &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; of a list domain is not valid: use 2 to 48 small Latin letters, digits or underscores.</source>
        <translation>The key &quot;%1&quot; of a list domain is not valid: use 2 to 48 small Latin letters, digits or underscores.</translation>
    </message>
    <message>
        <source>The name of a list domain must have 1 to 100 characters.</source>
        <translation>The name of a list domain must have 1 to 100 characters.</translation>
    </message>
    <message>
        <source>Name the authority that decides on listings in %1.</source>
        <translation>Name the authority that decides on listings in %1.</translation>
    </message>
    <message>
        <source>A serious-dishonesty list serves one of the four kinds of conduct of 国办发〔2020〕49号 (1 to 4), not %1.</source>
        <translation>A serious-dishonesty list serves one of the four kinds of conduct of 国办发〔2020〕49号 (1 to 4), not %1.</translation>
    </message>
    <message>
        <source>The listing period of %1 must be 1 to 120 months.</source>
        <translation>The listing period of %1 must be 1 to 120 months.</translation>
    </message>
    <message>
        <source>The period to state one&apos;s case must be 0 to 60 working days.</source>
        <translation>The period to state one&apos;s case must be 0 to 60 working days.</translation>
    </message>
    <message>
        <source>The objection decision deadline must be 1 to 60 working days.</source>
        <translation>The objection decision deadline must be 1 to 60 working days.</translation>
    </message>
    <message>
        <source>A legal basis is cited twice.</source>
        <translation>A legal basis is cited twice.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A new list domain is a draft or in force, not repealed.</source>
        <translation>A new list domain is a draft or in force, not repealed.</translation>
    </message>
    <message>
        <source>The key %1 is taken by another list domain.</source>
        <translation>The key %1 is taken by another list domain.</translation>
    </message>
    <message>
        <source>The list domain %1 is repealed; it cannot change any more.</source>
        <translation>The list domain %1 is repealed; it cannot change any more.</translation>
    </message>
    <message>
        <source>Someone else changed the list domain %1 meanwhile. Reload it and try again.</source>
        <translation>Someone else changed the list domain %1 meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>Only a draft list domain can be put in force; %1 is %2.</source>
        <translation>Only a draft list domain can be put in force; %1 is %2.</translation>
    </message>
    <message>
        <source>Only a list domain in force can be repealed; %1 is %2.</source>
        <translation>Only a list domain in force can be repealed; %1 is %2.</translation>
    </message>
    <message>
        <source>%1 can be repealed from %2 at the earliest.</source>
        <translation>%1 can be repealed from %2 at the earliest.</translation>
    </message>
</context>
<context>
    <name>ListDomains</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>repealed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CreditDesk — Social Credit Office</source>
        <translation>CreditDesk — Social Credit Office</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CreditDesk</source>
        <translation>&amp;About CreditDesk</translation>
    </message>
    <message>
        <source>User: %1 (%2) · %3</source>
        <translation>User: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Database: SQLite %1</source>
        <translation>Database: SQLite %1</translation>
    </message>
    <message>
        <source>Database: PostgreSQL %1</source>
        <translation>Database: PostgreSQL %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NOT CONNECTED</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>Security policy</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>A record kind needs a key of small Latin letters, digits or underscores and a name.</source>
        <translation>A record kind needs a key of small Latin letters, digits or underscores and a name.</translation>
    </message>
    <message>
        <source>A credit score is not a recorded fact: no measure may follow from it.</source>
        <translation>A credit score is not a recorded fact: no measure may follow from it.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>There is no measure with the number %1.</source>
        <translation>There is no measure with the number %1.</translation>
    </message>
    <message>
        <source>The measure %1 is not in force on %2.</source>
        <translation>The measure %1 is not in force on %2.</translation>
    </message>
    <message>
        <source>The national measures list has 3 classes; %1 is not one of them.</source>
        <translation>The national measures list has 3 classes; %1 is not one of them.</translation>
    </message>
    <message>
        <source>The name of a measure must have 1 to 200 characters.</source>
        <translation>The name of a measure must have 1 to 200 characters.</translation>
    </message>
    <message>
        <source>Name the department that implements %1.</source>
        <translation>Name the department that implements %1.</translation>
    </message>
    <message>
        <source>%1 must follow from a concrete fact: name the list domains or record kinds it follows from.</source>
        <translation>%1 must follow from a concrete fact: name the list domains or record kinds it follows from.</translation>
    </message>
    <message>
        <source>%1 names a basis, list domain or record kind twice.</source>
        <translation>%1 names a basis, list domain or record kind twice.</translation>
    </message>
    <message>
        <source>The list domain %1 is repealed; no measure can follow from it.</source>
        <translation>The list domain %1 is repealed; no measure can follow from it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record a measure can follow from.</source>
        <translation>&quot;%1&quot; is not a kind of record a measure can follow from.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The measure key %1 is taken already.</source>
        <translation>The measure key %1 is taken already.</translation>
    </message>
    <message>
        <source>The measure %1 is abolished; it cannot change any more.</source>
        <translation>The measure %1 is abolished; it cannot change any more.</translation>
    </message>
    <message>
        <source>The new version of %1 must take effect after the current one (in force from %2).</source>
        <translation>The new version of %1 must take effect after the current one (in force from %2).</translation>
    </message>
    <message>
        <source>%1 can be abolished from %2 at the earliest.</source>
        <translation>%1 can be abolished from %2 at the earliest.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was made by a newer CreditDesk (schema version %1; this program knows up to %2). Use a newer CreditDesk; nothing was changed.</source>
        <translation>This database was made by a newer CreditDesk (schema version %1; this program knows up to %2). Use a newer CreditDesk; nothing was changed.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed; it was left as it was.</source>
        <translation>Updating the database to version %1 (%2) failed; it was left as it was.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>You may not %1. Ask an administrator for the right role.</source>
        <translation>You may not %1. Ask an administrator for the right role.</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>manage departments</source>
        <translation>manage departments</translation>
    </message>
    <message>
        <source>edit the working-day calendar</source>
        <translation>edit the working-day calendar</translation>
    </message>
    <message>
        <source>change system settings</source>
        <translation>change system settings</translation>
    </message>
    <message>
        <source>change the security policy</source>
        <translation>change the security policy</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>unlock accounts</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>reset passwords</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>read the credit registry</source>
        <translation>read the credit registry</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL password</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Password of %1 on %2:</translation>
    </message>
    <message>
        <source>CreditDesk</source>
        <translation>CreditDesk</translation>
    </message>
    <message>
        <source>CreditDesk — case handling for the social credit office</source>
        <translation>CreditDesk — case handling for the social credit office</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>start a transaction</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>The transaction was already finished.</translation>
    </message>
    <message>
        <source>Nothing was saved: part of the work failed.</source>
        <translation>Nothing was saved: part of the work failed.</translation>
    </message>
    <message>
        <source>save</source>
        <translation>save</translation>
    </message>
</context>
<context>
    <name>ReferenceAccess</name>
    <message>
        <source>Only approvers of the credit office may change reference data; everyone else can read it.</source>
        <translation>Only approvers of the credit office may change reference data; everyone else can read it.</translation>
    </message>
</context>
<context>
    <name>ReferenceSeed</name>
    <message>
        <source>The shipped reference data is wrong at %1: %2</source>
        <translation>The shipped reference data is wrong at %1: %2</translation>
    </message>
    <message>
        <source>unknown basis %1</source>
        <translation>unknown basis %1</translation>
    </message>
    <message>
        <source>unknown level</source>
        <translation>unknown level</translation>
    </message>
    <message>
        <source>unknown disclosure</source>
        <translation>unknown disclosure</translation>
    </message>
    <message>
        <source>The built-in reference data %1 is damaged.</source>
        <translation>The built-in reference data %1 is damaged.</translation>
    </message>
    <message>
        <source>The built-in reference data %1 is missing from this build.</source>
        <translation>The built-in reference data %1 is missing from this build.</translation>
    </message>
</context>
<context>
    <name>ReferenceTerms</name>
    <message>
        <source>local supplement</source>
        <translation>local supplement</translation>
    </message>
    <message>
        <source>national base</source>
        <translation>national base</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>shared between departments</source>
        <translation>shared between departments</translation>
    </message>
    <message>
        <source>queried by authorisation</source>
        <translation>queried by authorisation</translation>
    </message>
    <message>
        <source>legal person</source>
        <translation>legal person</translation>
    </message>
    <message>
        <source>unincorporated organisation</source>
        <translation>unincorporated organisation</translation>
    </message>
    <message>
        <source>individual business</source>
        <translation>individual business</translation>
    </message>
    <message>
        <source>natural person</source>
        <translation>natural person</translation>
    </message>
    <message>
        <source>Name at least one kind of subject it concerns.</source>
        <translation>Name at least one kind of subject it concerns.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of subject (use %2).</source>
        <translation>&quot;%1&quot; is not a kind of subject (use %2).</translation>
    </message>
    <message>
        <source>The subject kind %1 is named twice.</source>
        <translation>The subject kind %1 is named twice.</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>looks like a number Excel turned into scientific notation; re-enter it as text</source>
        <translation>looks like a number Excel turned into scientific notation; re-enter it as text</translation>
    </message>
    <message>
        <source>old 15-digit numbers are not accepted; use the 18-digit number</source>
        <translation>old 15-digit numbers are not accepted; use the 18-digit number</translation>
    </message>
    <message>
        <source>must have %1 characters, has %2; a final X looks lost; re-enter it as text</source>
        <translation>must have %1 characters, has %2; a final X looks lost; re-enter it as text</translation>
    </message>
    <message>
        <source>must have %1 characters, has %2</source>
        <translation>must have %1 characters, has %2</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (the last one is a digit or X)</source>
        <translation>character %1 at position %2 is not allowed (the last one is a digit or X)</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (only the last one may be X)</source>
        <translation>character %1 at position %2 is not allowed (only the last one may be X)</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed</source>
        <translation>character %1 at position %2 is not allowed</translation>
    </message>
    <message>
        <source>birth date %1 does not exist</source>
        <translation>birth date %1 does not exist</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>birth date %1 is before 1900</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>birth date %1 is in the future</translation>
    </message>
    <message>
        <source>digits after the 15th look lost to Excel (…%1); re-enter it as text</source>
        <translation>digits after the 15th look lost to Excel (…%1); re-enter it as text</translation>
    </message>
    <message>
        <source>check character should be %1, is %2</source>
        <translation>check character should be %1, is %2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Security administrator</source>
        <translation>Security administrator</translation>
    </message>
    <message>
        <source>Audit administrator</source>
        <translation>Audit administrator</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>An account needs at least one role.</translation>
    </message>
    <message>
        <source>The %1 role cannot be combined with any other role: the system, security and audit administrators are separate people, and none of them handles cases.</source>
        <translation>The %1 role cannot be combined with any other role: the system, security and audit administrators are separate people, and none of them handles cases.</translation>
    </message>
</context>
<context>
    <name>RuleProfileStore</name>
    <message>
        <source>There is no rule profile with the number %1.</source>
        <translation>There is no rule profile with the number %1.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>No rule profile is in force on %1.</source>
        <translation>No rule profile is in force on %1.</translation>
    </message>
    <message>
        <source>A new rule profile must start in the future, after %1.</source>
        <translation>A new rule profile must start in the future, after %1.</translation>
    </message>
    <message>
        <source>%1 would overlap %2, in force from %3: a new profile starts after the last one.</source>
        <translation>%1 would overlap %2, in force from %3: a new profile starts after the last one.</translation>
    </message>
    <message>
        <source>%1 would overlap %2, in force until %3.</source>
        <translation>%1 would overlap %2, in force until %3.</translation>
    </message>
    <message>
        <source>%1 would leave the days from %2 to %3 without rules; start it on %2.</source>
        <translation>%1 would leave the days from %2 to %3 without rules; start it on %2.</translation>
    </message>
    <message>
        <source>Someone else changed the rule profiles meanwhile. Reload and try again.</source>
        <translation>Someone else changed the rule profiles meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>Someone else changed the rule profile %1 meanwhile. Reload it and try again.</source>
        <translation>Someone else changed the rule profile %1 meanwhile. Reload it and try again.</translation>
    </message>
</context>
<context>
    <name>RuleProfiles</name>
    <message>
        <source>publication_months.%1 must be [min, max] or null.</source>
        <translation>publication_months.%1 must be [min, max] or null.</translation>
    </message>
    <message>
        <source>deadlines.%1 needs days and a kind (working or calendar).</source>
        <translation>deadlines.%1 needs days and a kind (working or calendar).</translation>
    </message>
    <message>
        <source>The name of a rule profile must have 1 to 100 characters.</source>
        <translation>The name of a rule profile must have 1 to 100 characters.</translation>
    </message>
    <message>
        <source>The rule profile %1 needs the date from which it is in force.</source>
        <translation>The rule profile %1 needs the date from which it is in force.</translation>
    </message>
    <message>
        <source>The rule profile %1 ends before it starts.</source>
        <translation>The rule profile %1 ends before it starts.</translation>
    </message>
    <message>
        <source>The rule profile %1 publishes no tier at all.</source>
        <translation>The rule profile %1 publishes no tier at all.</translation>
    </message>
    <message>
        <source>The publication period for %1 conduct must run from 0 to 120 months, the minimum not above the maximum.</source>
        <translation>The publication period for %1 conduct must run from 0 to 120 months, the minimum not above the maximum.</translation>
    </message>
    <message>
        <source>The deadline %1 must be 0 to 365 days.</source>
        <translation>The deadline %1 must be 0 to 365 days.</translation>
    </message>
    <message>
        <source>The repeat-repair limits need a gap of 0 or more months, a count and a window of at least 1.</source>
        <translation>The repeat-repair limits need a gap of 0 or more months, a count and a window of at least 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of a rule profile.</source>
        <translation>&quot;%1&quot; is not a setting of a rule profile.</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 months</translation>
    </message>
</context>
<context>
    <name>SecurityPolicy</name>
    <message>
        <source>Minimum password length must be between 8 and 64 characters.</source>
        <translation>Minimum password length must be between 8 and 64 characters.</translation>
    </message>
    <message>
        <source>Passwords must mix 3 or 4 kinds of characters.</source>
        <translation>Passwords must mix 3 or 4 kinds of characters.</translation>
    </message>
    <message>
        <source>The account must lock after 3 to 10 failed attempts.</source>
        <translation>The account must lock after 3 to 10 failed attempts.</translation>
    </message>
    <message>
        <source>The lock-out must last between 10 minutes and 24 hours.</source>
        <translation>The lock-out must last between 10 minutes and 24 hours.</translation>
    </message>
    <message>
        <source>The window must lock after 1 to 15 idle minutes.</source>
        <translation>The window must lock after 1 to 15 idle minutes.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters; it has %2.</source>
        <translation>The password must have at least %1 characters; it has %2.</translation>
    </message>
    <message>
        <source>The password must mix at least %1 of: lower-case letters, upper-case letters, digits, other characters; it has %2.</source>
        <translation>The password must mix at least %1 of: lower-case letters, upper-case letters, digits, other characters; it has %2.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
</context>
<context>
    <name>SecurityPolicyPage</name>
    <message>
        <source>Minimum password length:</source>
        <translation>Minimum password length:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>Level 3 practice: at least 8.</source>
        <translation>Level 3 practice: at least 8.</translation>
    </message>
    <message>
        <source>Kinds of characters:</source>
        <translation>Kinds of characters:</translation>
    </message>
    <message>
        <source> of 4 kinds</source>
        <translation> of 4 kinds</translation>
    </message>
    <message>
        <source>Lower-case, upper-case, digits, other characters. Level 3 practice: at least 3.</source>
        <translation>Lower-case, upper-case, digits, other characters. Level 3 practice: at least 3.</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>Lock after:</translation>
    </message>
    <message>
        <source> wrong passwords</source>
        <translation> wrong passwords</translation>
    </message>
    <message>
        <source>Wrong passwords in a row before the account locks. Level 3 practice: 5.</source>
        <translation>Wrong passwords in a row before the account locks. Level 3 practice: 5.</translation>
    </message>
    <message>
        <source>Lock for:</source>
        <translation>Lock for:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Unless the security administrator unlocks it sooner. Level 3 practice: at least 10 minutes.</source>
        <translation>Unless the security administrator unlocks it sooner. Level 3 practice: at least 10 minutes.</translation>
    </message>
    <message>
        <source>Lock the window after:</source>
        <translation>Lock the window after:</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> idle minutes</translation>
    </message>
    <message>
        <source>The officer must sign in again. Applies from the next sign-in. Level 3 practice: at most 15 minutes.</source>
        <translation>The officer must sign in again. Applies from the next sign-in. Level 3 practice: at most 15 minutes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>These rules put identity authentication (身份鉴别) of 等保2.0 level 3 (GB/T 22239-2019) into practice. Weaker values are refused, and every change is recorded in the audit trail.</source>
        <translation>These rules put identity authentication (身份鉴别) of 等保2.0 level 3 (GB/T 22239-2019) into practice. Weaker values are refused, and every change is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>Security policy</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>sqlite:PATH for a file on this computer, or postgresql://USER@HOST:PORT/DBNAME for a shared server (the password is asked at start).</source>
        <translation>sqlite:PATH for a file on this computer, or postgresql://USER@HOST:PORT/DBNAME for a shared server (the password is asked at start).</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Document body font:</source>
        <translation>Document body font:</translation>
    </message>
    <message>
        <source>A new database or language takes effect the next time CreditDesk starts.</source>
        <translation>A new database or language takes effect the next time CreditDesk starts.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>This database has accounts already; sign in instead.</source>
        <translation>This database has accounts already; sign in instead.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>CreditDesk is locked</source>
        <translation>CreditDesk is locked</translation>
    </message>
    <message>
        <source>Sign in to CreditDesk</source>
        <translation>Sign in to CreditDesk</translation>
    </message>
    <message>
        <source>CreditDesk · 信用业务办理平台</source>
        <translation>CreditDesk · 信用业务办理平台</translation>
    </message>
    <message>
        <source>The window was locked after a period without use. Enter the password of %1 to go on, or sign out.</source>
        <translation>The window was locked after a period without use. Enter the password of %1 to go on, or sign out.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>CreditDesk</source>
        <translation>CreditDesk</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>looks like a number Excel turned into scientific notation; re-enter it as text</source>
        <translation>looks like a number Excel turned into scientific notation; re-enter it as text</translation>
    </message>
    <message>
        <source>must have %1 characters, has %2</source>
        <translation>must have %1 characters, has %2</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (I, O, S, V and Z are never used)</source>
        <translation>character %1 at position %2 is not allowed (I, O, S, V and Z are never used)</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed</source>
        <translation>character %1 at position %2 is not allowed</translation>
    </message>
    <message>
        <source>positions 3–8 (administrative division) must be digits; position %1 is &apos;%2&apos;</source>
        <translation>positions 3–8 (administrative division) must be digits; position %1 is &apos;%2&apos;</translation>
    </message>
    <message>
        <source>digits after the 15th look lost to Excel (…%1); re-enter it as text</source>
        <translation>digits after the 15th look lost to Excel (…%1); re-enter it as text</translation>
    </message>
    <message>
        <source>check character should be %1, is %2</source>
        <translation>check character should be %1, is %2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>e.g. wangxm</source>
        <translation>e.g. wangxm</translation>
    </message>
    <message>
        <source>empty: the security administrator sets it later</source>
        <translation>empty: the security administrator sets it later</translation>
    </message>
    <message>
        <source>The three administrator roles cannot be combined with any other role.</source>
        <translation>The three administrator roles cannot be combined with any other role.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>no password</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Edit roles…</source>
        <translation>Edit roles…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Filter: user name, name, department, role…</source>
        <translation>Filter: user name, name, department, role…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Enable the account %1 (%2)? It can sign in again.</source>
        <translation>Enable the account %1 (%2)? It can sign in again.</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? It can no longer sign in.</source>
        <translation>Disable the account %1 (%2)? It can no longer sign in.</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Reset password of %1</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person.</source>
        <translation>Give the new password to %1 in person.</translation>
    </message>
</context>
<context>
    <name>VersionedRows</name>
    <message>
        <source>No free key is left under %1.</source>
        <translation>No free key is left under %1.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile. Reload it and try again.</source>
        <translation>Someone else changed %1 meanwhile. Reload it and try again.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Working-day calendar, year entry %1: no valid &quot;year&quot; number.</source>
        <translation>Working-day calendar, year entry %1: no valid &quot;year&quot; number.</translation>
    </message>
    <message>
        <source>Working-day calendar: the year %1 is listed twice.</source>
        <translation>Working-day calendar: the year %1 is listed twice.</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1: &quot;source&quot; is not text.</source>
        <translation>Working-day calendar, year %1: &quot;source&quot; is not text.</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1: &quot;loaded&quot; is neither true nor false.</source>
        <translation>Working-day calendar, year %1: &quot;loaded&quot; is neither true nor false.</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1: &quot;days&quot; is missing or not a list.</source>
        <translation>Working-day calendar, year %1: &quot;days&quot; is missing or not a list.</translation>
    </message>
    <message>
        <source>Working-day calendar, year %1, entry %2: %3</source>
        <translation>Working-day calendar, year %1, entry %2: %3</translation>
    </message>
    <message>
        <source>not an object.</source>
        <translation>not an object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 does not lie in %2.</source>
        <translation>%1 does not lie in %2.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>%1 has the unknown kind &quot;%2&quot; (expected &quot;off&quot; or &quot;work&quot;).</source>
        <translation>%1 has the unknown kind &quot;%2&quot; (expected &quot;off&quot; or &quot;work&quot;).</translation>
    </message>
    <message>
        <source>%1 has a &quot;name&quot; that is not text.</source>
        <translation>%1 has a &quot;name&quot; that is not text.</translation>
    </message>
    <message>
        <source>The working-day calendar is not valid JSON (at character %1).</source>
        <translation>The working-day calendar is not valid JSON (at character %1).</translation>
    </message>
    <message>
        <source>The working-day calendar has no &quot;years&quot; list.</source>
        <translation>The working-day calendar has no &quot;years&quot; list.</translation>
    </message>
    <message>
        <source>The built-in working-day calendar is missing from this build.</source>
        <translation>The built-in working-day calendar is missing from this build.</translation>
    </message>
</context>
</TS>
