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
    <message>
        <source>subject registered</source>
        <translation>subject registered</translation>
    </message>
    <message>
        <source>similar subject answered</source>
        <translation>similar subject answered</translation>
    </message>
    <message>
        <source>subjects merged</source>
        <translation>subjects merged</translation>
    </message>
    <message>
        <source>credit record entered</source>
        <translation>credit record entered</translation>
    </message>
    <message>
        <source>credit record status changed</source>
        <translation>credit record status changed</translation>
    </message>
    <message>
        <source>publication ended</source>
        <translation>publication ended</translation>
    </message>
    <message>
        <source>department file imported</source>
        <translation>department file imported</translation>
    </message>
    <message>
        <source>department file refused</source>
        <translation>department file refused</translation>
    </message>
    <message>
        <source>registry exported</source>
        <translation>registry exported</translation>
    </message>
    <message>
        <source>document issued</source>
        <translation>document issued</translation>
    </message>
    <message>
        <source>document voided</source>
        <translation>document voided</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>case opened</translation>
    </message>
    <message>
        <source>case draft saved</source>
        <translation>case draft saved</translation>
    </message>
    <message>
        <source>evidence attached</source>
        <translation>evidence attached</translation>
    </message>
    <message>
        <source>deadline extended</source>
        <translation>deadline extended</translation>
    </message>
    <message>
        <source>deadlines recomputed</source>
        <translation>deadlines recomputed</translation>
    </message>
    <message>
        <source>case submitted for review</source>
        <translation>case submitted for review</translation>
    </message>
    <message>
        <source>case returned to the officer</source>
        <translation>case returned to the officer</translation>
    </message>
    <message>
        <source>prior notice approved</source>
        <translation>prior notice approved</translation>
    </message>
    <message>
        <source>objection recorded</source>
        <translation>objection recorded</translation>
    </message>
    <message>
        <source>objection upheld, not listed</source>
        <translation>objection upheld, not listed</translation>
    </message>
    <message>
        <source>objection upheld, draft revised</source>
        <translation>objection upheld, draft revised</translation>
    </message>
    <message>
        <source>objection rejected</source>
        <translation>objection rejected</translation>
    </message>
    <message>
        <source>listing decided</source>
        <translation>listing decided</translation>
    </message>
    <message>
        <source>subject listed</source>
        <translation>subject listed</translation>
    </message>
    <message>
        <source>subject removed from the list</source>
        <translation>subject removed from the list</translation>
    </message>
    <message>
        <source>case closed without listing</source>
        <translation>case closed without listing</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>document printed</translation>
    </message>
    <message>
        <source>document template saved</source>
        <translation>document template saved</translation>
    </message>
    <message>
        <source>case handed to another officer</source>
        <translation>case handed to another officer</translation>
    </message>
    <message>
        <source>database backed up</source>
        <translation>database backed up</translation>
    </message>
    <message>
        <source>database restored from a backup</source>
        <translation>database restored from a backup</translation>
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
    <name>BatchPrintDialog</name>
    <message>
        <source>On a printer, as one print job</source>
        <translation>On a printer, as one print job</translation>
    </message>
    <message>
        <source>As PDF files in a folder, one per document</source>
        <translation>As PDF files in a folder, one per document</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>%1 is voided and is not printed.</source>
        <translation>%1 is voided and is not printed.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to print.</source>
        <translation>
            <numerusform>%n document to print.</numerusform>
            <numerusform>%n documents to print.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>Documents of the credit office</source>
        <translation>Documents of the credit office</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 documents printed.</source>
        <translation>Cancelled: %1 of %2 documents printed.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 documents: %3</source>
        <translation>Stopped after %1 of %2 documents: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) printed.</source>
        <translation>
            <numerusform>%n document printed.</numerusform>
            <numerusform>%n documents printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed to: %1</source>
        <translation>Printed to: %1</translation>
    </message>
    <message>
        <source>The printing could not be recorded in the audit trail: %1</source>
        <translation>The printing could not be recorded in the audit trail: %1</translation>
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
    <name>CaseActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The case becomes: %1.</source>
        <translation>The case becomes: %1.</translation>
    </message>
    <message>
        <source>Issues the %1, numbered and stored unchangeably.</source>
        <translation>Issues the %1, numbered and stored unchangeably.</translation>
    </message>
    <message>
        <source>Starts the deadline: %1.</source>
        <translation>Starts the deadline: %1.</translation>
    </message>
    <message>
        <source>Ends the deadline as met: %1.</source>
        <translation>Ends the deadline as met: %1.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Required: the reason, the reply or what the party says, in writing.</source>
        <translation>Required: the reason, the reply or what the party says, in writing.</translation>
    </message>
    <message>
        <source>Optional: a note for the case&apos;s timeline.</source>
        <translation>Optional: a note for the case&apos;s timeline.</translation>
    </message>
    <message>
        <source>Preview the documents…</source>
        <translation>Preview the documents…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>There is no evidence file with the id %1.</source>
        <translation>There is no evidence file with the id %1.</translation>
    </message>
    <message>
        <source>An evidence file needs a name of at most 200 characters.</source>
        <translation>An evidence file needs a name of at most 200 characters.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; evidence files are limited to that size.</source>
        <translation>The file %1 is larger than %2 MB; evidence files are limited to that size.</translation>
    </message>
    <message>
        <source>The case %1 is closed: no evidence can be added.</source>
        <translation>The case %1 is closed: no evidence can be added.</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
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
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no deadline with the id %1.</source>
        <translation>There is no deadline with the id %1.</translation>
    </message>
    <message>
        <source>The deadline cannot be computed from %1.</source>
        <translation>The deadline cannot be computed from %1.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
    <message>
        <source>Only a running deadline can be extended.</source>
        <translation>Only a running deadline can be extended.</translation>
    </message>
    <message>
        <source>An extension moves the due date later than %1.</source>
        <translation>An extension moves the due date later than %1.</translation>
    </message>
    <message>
        <source>Someone else changed this deadline in the meantime. Reload the case and try again.</source>
        <translation>Someone else changed this deadline in the meantime. Reload the case and try again.</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Draft opened</source>
        <translation>Draft opened</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>Evidence attached</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>Edit draft…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Attach evidence…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Records and measures</source>
        <translation>Records and measures</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Open subject…</source>
        <translation>Open subject…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Officer in charge:</source>
        <translation>Officer in charge:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <source>%1 (provisional: that year&apos;s calendar is not loaded)</source>
        <translation>%1 (provisional: that year&apos;s calendar is not loaded)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>voided: %1</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>Credit record</source>
        <translation>Credit record</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>%1 is larger than %2: scan it at a lower resolution or split it.</source>
        <translation>%1 is larger than %2: scan it at a lower resolution or split it.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>Select a running deadline first.</source>
        <translation>Select a running deadline first.</translation>
    </message>
    <message>
        <source>Handed to another officer</source>
        <translation>Handed to another officer</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Hand the case to another officer</source>
        <translation>Hand the case to another officer</translation>
    </message>
    <message>
        <source>Hand over the case</source>
        <translation>Hand over the case</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CaseEngine</name>
    <message>
        <source>Only a user with the role %1 may %2.</source>
        <translation>Only a user with the role %1 may %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>This version of CreditDesk does not know cases of the type %1.</source>
        <translation>This version of CreditDesk does not know cases of the type %1.</translation>
    </message>
    <message>
        <source>A case of this type has no action %1.</source>
        <translation>A case of this type has no action %1.</translation>
    </message>
    <message>
        <source>The case %1 is %2: &quot;%3&quot; is not possible in that state.</source>
        <translation>The case %1 is %2: &quot;%3&quot; is not possible in that state.</translation>
    </message>
    <message>
        <source>The case type names an unknown guard %1.</source>
        <translation>The case type names an unknown guard %1.</translation>
    </message>
    <message>
        <source>Someone else changed the case %1 while you were working on it (it is now %2). Reload the case and try again.</source>
        <translation>Someone else changed the case %1 while you were working on it (it is now %2). Reload the case and try again.</translation>
    </message>
    <message>
        <source>The case type names an unknown effect %1.</source>
        <translation>The case type names an unknown effect %1.</translation>
    </message>
    <message>
        <source>The case changed in the meantime.</source>
        <translation>The case changed in the meantime.</translation>
    </message>
    <message>
        <source>The case type %1 does not say how long the deadline %2 is.</source>
        <translation>The case type %1 does not say how long the deadline %2 is.</translation>
    </message>
</context>
<context>
    <name>CaseExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>Why the deadline moves, for the timeline and the audit trail.</source>
        <translation>Why the deadline moves, for the timeline and the audit trail.</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Due now:</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>CaseReasonDialog</name>
    <message>
        <source>Reason (required):</source>
        <translation>Reason (required):</translation>
    </message>
</context>
<context>
    <name>CaseReassignDialog</name>
    <message>
        <source>Hand the case to another officer</source>
        <translation>Hand the case to another officer</translation>
    </message>
    <message>
        <source>Why the case changes hands, for the timeline and the audit trail.</source>
        <translation>Why the case changes hands, for the timeline and the audit trail.</translation>
    </message>
    <message>
        <source>New officer in charge:</source>
        <translation>New officer in charge:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
</context>
<context>
    <name>CaseScreens</name>
    <message>
        <source>New listing draft…</source>
        <translation>New listing draft…</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>There is no case with the id %1.</source>
        <translation>There is no case with the id %1.</translation>
    </message>
    <message>
        <source>There is no case numbered %1.</source>
        <translation>There is no case numbered %1.</translation>
    </message>
    <message>
        <source>No case number could be allocated.</source>
        <translation>No case number could be allocated.</translation>
    </message>
    <message>
        <source>Give the reason for handing the case to another officer.</source>
        <translation>Give the reason for handing the case to another officer.</translation>
    </message>
    <message>
        <source>The case %1 is closed: it stays with the officer who handled it.</source>
        <translation>The case %1 is closed: it stays with the officer who handled it.</translation>
    </message>
    <message>
        <source>The case %1 is already in the charge of %2.</source>
        <translation>The case %1 is already in the charge of %2.</translation>
    </message>
    <message>
        <source>%1 is not an active officer: only officers handle cases.</source>
        <translation>%1 is not an active officer: only officers handle cases.</translation>
    </message>
    <message>
        <source>Someone else changed the case %1 in the meantime. Reload it and try again.</source>
        <translation>Someone else changed the case %1 in the meantime. Reload it and try again.</translation>
    </message>
</context>
<context>
    <name>CaseTerms</name>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by %n working day</numerusform>
            <numerusform>overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>the party&apos;s period is over</source>
        <translation>the party&apos;s period is over</translation>
    </message>
</context>
<context>
    <name>CaseTypes</name>
    <message>
        <source>period to state one&apos;s case or object</source>
        <translation>period to state one&apos;s case or object</translation>
    </message>
    <message>
        <source>objection verification</source>
        <translation>objection verification</translation>
    </message>
    <message>
        <source>listing period</source>
        <translation>listing period</translation>
    </message>
    <message>
        <source>Serious-dishonesty listing</source>
        <translation>Serious-dishonesty listing</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>Objection being verified</source>
        <translation>Objection being verified</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Return to the officer</source>
        <translation>Return to the officer</translation>
    </message>
    <message>
        <source>Approve and issue the prior notice</source>
        <translation>Approve and issue the prior notice</translation>
    </message>
    <message>
        <source>Record the party&apos;s objection</source>
        <translation>Record the party&apos;s objection</translation>
    </message>
    <message>
        <source>Objection upheld: do not list</source>
        <translation>Objection upheld: do not list</translation>
    </message>
    <message>
        <source>Objection upheld: revise the draft</source>
        <translation>Objection upheld: revise the draft</translation>
    </message>
    <message>
        <source>Objection rejected: continue</source>
        <translation>Objection rejected: continue</translation>
    </message>
    <message>
        <source>Decide and serve the decision</source>
        <translation>Decide and serve the decision</translation>
    </message>
    <message>
        <source>Put on the list</source>
        <translation>Put on the list</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>Do not list</source>
        <translation>Do not list</translation>
    </message>
    <message>
        <source>Pass the review</source>
        <translation>Pass the review</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no input %2; it takes: %3.</source>
        <translation>&quot;%1&quot; takes no input %2; it takes: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>&quot;%1&quot; needs %2.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; cannot be %3; choose one of: %4.</source>
        <translation>%1 of &quot;%2&quot; cannot be %3; choose one of: %4.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; must be a date such as 2026-03-05, not %3.</source>
        <translation>%1 of &quot;%2&quot; must be a date such as 2026-03-05, not %3.</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <source>What the officer must correct or add.</source>
        <translation>What the officer must correct or add.</translation>
    </message>
    <message>
        <source>The party&apos;s objection</source>
        <translation>The party&apos;s objection</translation>
    </message>
    <message>
        <source>What the party says and the evidence it gives, as received.</source>
        <translation>What the party says and the evidence it gives, as received.</translation>
    </message>
    <message>
        <source>Result of the verification</source>
        <translation>Result of the verification</translation>
    </message>
    <message>
        <source>What was verified, with whom, and why the objection stands or fails.</source>
        <translation>What was verified, with whom, and why the objection stands or fails.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>The facts that meet the removal ground.</source>
        <translation>The facts that meet the removal ground.</translation>
    </message>
    <message>
        <source>Why the subject is not listed.</source>
        <translation>Why the subject is not listed.</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>The listing period has ended</source>
        <translation>The listing period has ended</translation>
    </message>
    <message>
        <source>Early removal under the list&apos;s rule</source>
        <translation>Early removal under the list&apos;s rule</translation>
    </message>
    <message>
        <source>The decision is revoked</source>
        <translation>The decision is revoked</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only cases in my charge</source>
        <translation>Only cases in my charge</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Deadlines due within three working days</source>
        <translation>Deadlines due within three working days</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>Overdue deadlines</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Case number, subject name or code</source>
        <translation>Case number, subject name or code</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case(s)</numerusform>
            <numerusform>%Ln case(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
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
    <message>
        <source>The sizes must be at least 100.</source>
        <translation>The sizes must be at least 100.</translation>
    </message>
    <message>
        <source>The benchmark fills an empty database; %1 already holds subjects.</source>
        <translation>The benchmark fills an empty database; %1 already holds subjects.</translation>
    </message>
    <message>
        <source>building: %1 of %2 rows</source>
        <translation>building: %1 of %2 rows</translation>
    </message>
    <message>
        <source>import of a %1-row CSV, full validation</source>
        <translation>import of a %1-row CSV, full validation</translation>
    </message>
    <message>
        <source>first 50 rows of the unfiltered records list</source>
        <translation>first 50 rows of the unfiltered records list</translation>
    </message>
    <message>
        <source>code-prefix lookup (%1…)</source>
        <translation>code-prefix lookup (%1…)</translation>
    </message>
    <message>
        <source>name-substring filter, first page (&quot;恒信&quot;, common)</source>
        <translation>name-substring filter, first page (&quot;恒信&quot;, common)</translation>
    </message>
    <message>
        <source>name-substring filter, first page (&quot;第3分&quot;, rare)</source>
        <translation>name-substring filter, first page (&quot;第3分&quot;, rare)</translation>
    </message>
    <message>
        <source>peak memory of the process</source>
        <translation>peak memory of the process</translation>
    </message>
    <message>
        <source>Machine: %1; %2 subjects, %3 records (built in %4 s); median of %5 runs.</source>
        <translation>Machine: %1; %2 subjects, %3 records (built in %4 s); median of %5 runs.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NOT met</translation>
    </message>
    <message>
        <source>bench [--subjects N] [--records N] [--import-rows N]   build a large registry and time it</source>
        <translation>bench [--subjects N] [--records N] [--import-rows N]   build a large registry and time it</translation>
    </message>
    <message>
        <source>Usage: creditctl import records FILE [--dry-run] [--department CODE]</source>
        <translation>Usage: creditctl import records FILE [--dry-run] [--department CODE]</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1: dry run, %2 records would be added, %3 are already present; nothing was written.</source>
        <translation>%1: dry run, %2 records would be added, %3 are already present; nothing was written.</translation>
    </message>
    <message>
        <source>%1: %2 records added, %3 already present, %4 new subjects.</source>
        <translation>%1: %2 records added, %3 already present, %4 new subjects.</translation>
    </message>
    <message>
        <source>Usage: creditctl subjects find TEXT [--limit N] [--json]</source>
        <translation>Usage: creditctl subjects find TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit must be a positive number.</translation>
    </message>
    <message>
        <source>merged into #%1</source>
        <translation>merged into #%1</translation>
    </message>
    <message>
        <source>No subject matches.</source>
        <translation>No subject matches.</translation>
    </message>
    <message>
        <source>--tier is one of %1.</source>
        <translation>--tier is one of %1.</translation>
    </message>
    <message>
        <source>--status is one of %1.</source>
        <translation>--status is one of %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Usage: creditctl records list [--subject CODE] [--name TEXT] [--department CODE] [--tier T] [--status S] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>Usage: creditctl records list [--subject CODE] [--name TEXT] [--department CODE] [--tier T] [--status S] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Usage: creditctl export records --out FILE.csv|FILE.xlsx [filters as for records list]</source>
        <translation>Usage: creditctl export records --out FILE.csv|FILE.xlsx [filters as for records list]</translation>
    </message>
    <message>
        <source>Usage: creditctl export subjects --out FILE.csv|FILE.xlsx [--name TEXT]</source>
        <translation>Usage: creditctl export subjects --out FILE.csv|FILE.xlsx [--name TEXT]</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rows written to %2.</translation>
    </message>
    <message>
        <source>Usage: creditctl maintenance [--json]</source>
        <translation>Usage: creditctl maintenance [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Publication ended for %n record(s) whose period is over.</source>
        <translation>
            <numerusform>Publication ended for %n record whose period is over.</numerusform>
            <numerusform>Publication ended for %n records whose period is over.</numerusform>
        </translation>
    </message>
    <message>
        <source>import records FILE [--dry-run] [--department CODE]   import a department&apos;s penalty file (CSV/XLSX)</source>
        <translation>import records FILE [--dry-run] [--department CODE]   import a department&apos;s penalty file (CSV/XLSX)</translation>
    </message>
    <message>
        <source>subjects find TEXT [--limit N]   subjects by name or code prefix</source>
        <translation>subjects find TEXT [--limit N]   subjects by name or code prefix</translation>
    </message>
    <message>
        <source>records list [--subject CODE] [--name TEXT] [--tier T] [--status S] [--limit N]   credit records</source>
        <translation>records list [--subject CODE] [--name TEXT] [--tier T] [--status S] [--limit N]   credit records</translation>
    </message>
    <message>
        <source>export records --out FILE.csv|FILE.xlsx [filters]   save records</source>
        <translation>export records --out FILE.csv|FILE.xlsx [filters]   save records</translation>
    </message>
    <message>
        <source>export subjects --out FILE.csv|FILE.xlsx [--name TEXT]   save subjects</source>
        <translation>export subjects --out FILE.csv|FILE.xlsx [--name TEXT]   save subjects</translation>
    </message>
    <message>
        <source>maintenance   end publication of records whose period is over</source>
        <translation>maintenance   end publication of records whose period is over</translation>
    </message>
    <message>
        <source>Usage: creditctl [--db URL] bench [--subjects N] [--records N] [--import-rows N] [--documents N] [--json]</source>
        <translation>Usage: creditctl [--db URL] bench [--subjects N] [--records N] [--import-rows N] [--documents N] [--json]</translation>
    </message>
    <message>
        <source>rendering a decision to PDF (median of %1)</source>
        <translation>rendering a decision to PDF (median of %1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Subject: %1 %2</source>
        <translation>Subject: %1 %2</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Deadlines:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Usage: creditctl case show NUMBER [--json]</source>
        <translation>Usage: creditctl case show NUMBER [--json]</translation>
    </message>
    <message>
        <source>case list [--type listing] [--state ID] [--assignee LOGIN]   cases, newest first</source>
        <translation>case list [--type listing] [--state ID] [--assignee LOGIN]   cases, newest first</translation>
    </message>
    <message>
        <source>case show NUMBER   a case with its timeline, deadlines and documents</source>
        <translation>case show NUMBER   a case with its timeline, deadlines and documents</translation>
    </message>
    <message>
        <source>Usage: creditctl doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf</source>
        <translation>Usage: creditctl doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 written to %2.</translation>
    </message>
    <message>
        <source>No %1 was issued for the case %2.</source>
        <translation>No %1 was issued for the case %2.</translation>
    </message>
    <message>
        <source>Genuine: %1, %2, issued %3.</source>
        <translation>Genuine: %1, %2, issued %3.</translation>
    </message>
    <message>
        <source>Voided: %1 was issued but voided on %2 (%3).</source>
        <translation>Voided: %1 was issued but voided on %2 (%3).</translation>
    </message>
    <message>
        <source>Not an issued document of this office.</source>
        <translation>Not an issued document of this office.</translation>
    </message>
    <message>
        <source>Usage: creditctl doc verify FILE.pdf | doc verify --number N --code C</source>
        <translation>Usage: creditctl doc verify FILE.pdf | doc verify --number N --code C</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf   the issued document of a case</source>
        <translation>doc render --case NUMBER --kind notice|decision|repair-notice|removal --out FILE.pdf   the issued document of a case</translation>
    </message>
    <message>
        <source>doc verify FILE.pdf | doc verify --number N --code C   is it an issued document? (exit 0 if so)</source>
        <translation>doc verify FILE.pdf | doc verify --number N --code C   is it an issued document? (exit 0 if so)</translation>
    </message>
    <message>
        <source>opening a case with 200 timeline events</source>
        <translation>opening a case with 200 timeline events</translation>
    </message>
    <message>
        <source>%1: %2 bytes, SHA-256 %3, schema %4, audit trail intact (%5 rows, newest %6).</source>
        <translation>%1: %2 bytes, SHA-256 %3, schema %4, audit trail intact (%5 rows, newest %6).</translation>
    </message>
    <message>
        <source>Usage: creditctl backup --out FILE</source>
        <translation>Usage: creditctl backup --out FILE</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Usage: creditctl restore FILE</source>
        <translation>Usage: creditctl restore FILE</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>The database it replaced is kept as %1.</translation>
    </message>
    <message>
        <source>Usage: creditctl check</source>
        <translation>Usage: creditctl check</translation>
    </message>
    <message>
        <source>Storage: sound.</source>
        <translation>Storage: sound.</translation>
    </message>
    <message>
        <source>Storage: damaged: %1</source>
        <translation>Storage: damaged: %1</translation>
    </message>
    <message>
        <source>backup --out FILE           a verified copy of the SQLite database, also while CreditDesk runs</source>
        <translation>backup --out FILE           a verified copy of the SQLite database, also while CreditDesk runs</translation>
    </message>
    <message>
        <source>restore FILE                replace the SQLite database with a checked backup (the old one kept)</source>
        <translation>restore FILE                replace the SQLite database with a checked backup (the old one kept)</translation>
    </message>
    <message>
        <source>check                       the database&apos;s pages and its audit chain</source>
        <translation>check                       the database&apos;s pages and its audit chain</translation>
    </message>
    <message>
        <source>This command acts for an officer: give --user LOGIN before the command, and the password on standard input.</source>
        <translation>This command acts for an officer: give --user LOGIN before the command, and the password on standard input.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Usage: creditctl --user LOGIN case steps NUMBER [--json]</source>
        <translation>Usage: creditctl --user LOGIN case steps NUMBER [--json]</translation>
    </message>
    <message>
        <source>  (not now: %1)</source>
        <translation>  (not now: %1)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>%1 is %2: no step of %3 may be taken now.</source>
        <translation>%1 is %2: no step of %3 may be taken now.</translation>
    </message>
    <message>
        <source>Usage: creditctl --user LOGIN case step NUMBER TRANSITION [--input NAME=VALUE]... [--version N] [--json]</source>
        <translation>Usage: creditctl --user LOGIN case step NUMBER TRANSITION [--input NAME=VALUE]... [--version N] [--json]</translation>
    </message>
    <message>
        <source>--input takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--input takes NAME=VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>Deadline started: %1</source>
        <translation>Deadline started: %1</translation>
    </message>
    <message>
        <source>case steps NUMBER   the steps --user may take now, with the inputs each declares</source>
        <translation>case steps NUMBER   the steps --user may take now, with the inputs each declares</translation>
    </message>
    <message>
        <source>case step NUMBER TRANSITION [--input NAME=VALUE]...   take a step as --user (same checks and audit as the window)</source>
        <translation>case step NUMBER TRANSITION [--input NAME=VALUE]...   take a step as --user (same checks and audit as the window)</translation>
    </message>
    <message>
        <source>Usage: creditctl [--db URL] [--json] [--user LOGIN] COMMAND [ARGS]

  --db URL       sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: %1)
  --json         machine-readable output on stdout
  --user LOGIN   act for this officer (password on standard input), with the same roles, checks and audit as in the window

Commands:
</source>
        <translation>Usage: creditctl [--db URL] [--json] [--user LOGIN] COMMAND [ARGS]

  --db URL       sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: %1)
  --json         machine-readable output on stdout
  --user LOGIN   act for this officer (password on standard input), with the same roles, checks and audit as in the window

Commands:
</translation>
    </message>
    <message>
        <source>--user needs the login of the officer to act for.</source>
        <translation>--user needs the login of the officer to act for.</translation>
    </message>
    <message>
        <source>Usage: creditctl case list [--type TYPE] [--state ID] [--assignee LOGIN] [--json]</source>
        <translation>Usage: creditctl case list [--type TYPE] [--state ID] [--assignee LOGIN] [--json]</translation>
    </message>
    <message>
        <source>Unknown case type %1; known: %2.</source>
        <translation>Unknown case type %1; known: %2.</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1: %n problem; nothing was imported.</numerusform>
            <numerusform>%1: %n problems; nothing was imported.</numerusform>
        </translation>
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
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field starts on this line but its closing quote is missing.</source>
        <translation>Line %1: a quoted field starts on this line but its closing quote is missing.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
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
    <message>
        <source>The database %1 was made by a newer CreditDesk (schema %2, this program knows %3).</source>
        <translation>The database %1 was made by a newer CreditDesk (schema %2, this program knows %3).</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade (schema %2 to %3) that only a command that changes data can make.</source>
        <translation>The database %1 needs an upgrade (schema %2 to %3) that only a command that changes data can make.</translation>
    </message>
    <message>
        <source>The database %1 is busy: a creditctl command (process %2 on %3) is changing it. Try again when it has finished.</source>
        <translation>The database %1 is busy: a creditctl command (process %2 on %3) is changing it. Try again when it has finished.</translation>
    </message>
    <message>
        <source>The database %1 is already open in CreditDesk (process %2 on %3). Close that window first, or open another database. Commands that only read work meanwhile.</source>
        <translation>The database %1 is already open in CreditDesk (process %2 on %3). Close that window first, or open another database. Commands that only read work meanwhile.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (disk input/output error).</source>
        <translation>The database file could not be read or written (disk input/output error).</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working in it and restore the last backup.</source>
        <translation>The database file is damaged. Stop working in it and restore the last backup.</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved.</source>
        <translation>The disk holding the database is full: nothing was saved.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: it was moved or deleted, or its folder cannot be reached.</source>
        <translation>The database file cannot be opened: it was moved or deleted, or its folder cannot be reached.</translation>
    </message>
    <message>
        <source>The database file %1 is gone: it was moved or deleted while the program had it open. Nothing more can be saved; restore it or the last backup.</source>
        <translation>The database file %1 is gone: it was moved or deleted while the program had it open. Nothing more can be saved; restore it or the last backup.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while the program had it open. Reconnect to work on the new file.</source>
        <translation>The database file %1 was replaced by another file while the program had it open. Reconnect to work on the new file.</translation>
    </message>
    <message>
        <source>The database cannot be reconnected in the middle of saving.</source>
        <translation>The database cannot be reconnected in the middle of saving.</translation>
    </message>
    <message>
        <source>There is no database file at %1 any more. Restore a backup there, then start CreditDesk again.</source>
        <translation>There is no database file at %1 any more. Restore a backup there, then start CreditDesk again.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>The backup could not be written to %1.</translation>
    </message>
    <message>
        <source>CreditDesk backs up only its local SQLite database. Back up a PostgreSQL database with pg_dump (see the README).</source>
        <translation>CreditDesk backs up only its local SQLite database. Back up a PostgreSQL database with pg_dump (see the README).</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>A backup cannot overwrite the database itself.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>Cannot create the folder %1 for the backup.</translation>
    </message>
    <message>
        <source>The database connection gives no access to SQLite.</source>
        <translation>The database connection gives no access to SQLite.</translation>
    </message>
    <message>
        <source>The backup was made but failed its check, so it was not kept: %1</source>
        <translation>The backup was made but failed its check, so it was not kept: %1</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>The backup could not be saved as %1.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database: it is not an SQLite file.</source>
        <translation>%1 is not a CreditDesk database: it is not an SQLite file.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a CreditDesk database.</source>
        <translation>%1 cannot be opened as a CreditDesk database.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is damaged or not a database.</source>
        <translation>%1 cannot be read: it is damaged or not a database.</translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database: it has no schema version or audit trail.</source>
        <translation>%1 is not a CreditDesk database: it has no schema version or audit trail.</translation>
    </message>
    <message>
        <source>%1 was made by a newer CreditDesk (schema %2; this program knows up to %3). Use that version or a newer one.</source>
        <translation>%1 was made by a newer CreditDesk (schema %2; this program knows up to %3). Use that version or a newer one.</translation>
    </message>
    <message>
        <source>%1 is damaged: its integrity check could not run.</source>
        <translation>%1 is damaged: its integrity check could not run.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: its integrity check found %n problem(s).</source>
        <translation>
            <numerusform>%1 is damaged: its integrity check found %n problem.</numerusform>
            <numerusform>%1 is damaged: its integrity check found %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read.</source>
        <translation>The audit trail of %1 cannot be read.</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at row %2: history was changed.</source>
        <translation>The audit trail of %1 is broken at row %2: history was changed.</translation>
    </message>
    <message>
        <source>CreditDesk restores only its local SQLite database. Restore a PostgreSQL database with pg_restore, then run creditctl check (see the README).</source>
        <translation>CreditDesk restores only its local SQLite database. Restore a PostgreSQL database with pg_restore, then run creditctl check (see the README).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>A database cannot be restored from itself.</translation>
    </message>
    <message>
        <source>The database %1 is open (process %2 on %3). Close CreditDesk and every command using it, then restore.</source>
        <translation>The database %1 is open (process %2 on %3). Close CreditDesk and every command using it, then restore.</translation>
    </message>
    <message>
        <source>The current database could not be kept aside as %1; nothing was restored.</source>
        <translation>The current database could not be kept aside as %1; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1; the database was left as it was.</source>
        <translation>The backup could not be copied to %1; the database was left as it was.</translation>
    </message>
    <message>
        <source>The restored database could not be opened, so the previous one was put back: %1</source>
        <translation>The restored database could not be opened, so the previous one was put back: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>CreditDesk backups (*.db)</source>
        <translation>CreditDesk backups (*.db)</translation>
    </message>
    <message>
        <source>The database was not backed up: %1</source>
        <translation>The database was not backed up: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The database was backed up to %1 and the copy checked (%2 audit rows intact).</source>
        <translation>The database was backed up to %1 and the copy checked (%2 audit rows intact).</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restore the database from a backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>This file cannot be restored, and nothing was changed: %1</source>
        <translation>This file cannot be restored, and nothing was changed: %1</translation>
    </message>
    <message>
        <source>%1 is a sound CreditDesk database: its pages and its audit trail (%2 rows) check out; its newest entry is from %3.

Restoring it replaces the database you are working in with that state: everything saved since is no longer in the database. The current file is kept beside it, and everyone must sign in again.

Restore now?</source>
        <translation>%1 is a sound CreditDesk database: its pages and its audit trail (%2 rows) check out; its newest entry is from %3.

Restoring it replaces the database you are working in with that state: everything saved since is no longer in the database. The current file is kept beside it, and everyone must sign in again.

Restore now?</translation>
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
    <name>DemoCases</name>
    <message>
        <source>The demo cases need %1 organisations with credit records; install the demo registry first.</source>
        <translation>The demo cases need %1 organisations with credit records; install the demo registry first.</translation>
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
    <name>DocumentContentJson</name>
    <message>
        <source>The stored text of the document cannot be read.</source>
        <translation>The stored text of the document cannot be read.</translation>
    </message>
    <message>
        <source>The stored text of the document names an unknown kind of document.</source>
        <translation>The stored text of the document names an unknown kind of document.</translation>
    </message>
    <message>
        <source>The stored text of the document has a block of an unknown kind.</source>
        <translation>The stored text of the document has a block of an unknown kind.</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <source>Choose a font for each part of the document.</source>
        <translation>Choose a font for each part of the document.</translation>
    </message>
    <message>
        <source>The font %1 cannot be used for official documents: the text of the PDF would not extract as the characters that are printed. Choose another font.</source>
        <translation>The font %1 cannot be used for official documents: the text of the PDF would not extract as the characters that are printed. Choose another font.</translation>
    </message>
    <message>
        <source>The font %1 is not installed on this computer.</source>
        <translation>The font %1 is not installed on this computer.</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Prior notice of listing</source>
        <translation>Prior notice of listing</translation>
    </message>
    <message>
        <source>Listing decision</source>
        <translation>Listing decision</translation>
    </message>
    <message>
        <source>Credit repair notice</source>
        <translation>Credit repair notice</translation>
    </message>
    <message>
        <source>Removal decision</source>
        <translation>Removal decision</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>The copy of %1 was made but could not be recorded: %2</source>
        <translation>The copy of %1 was made but could not be recorded: %2</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Print a document</translation>
    </message>
    <message>
        <source>%1 was voided (%2). A printed copy still carries its number and verification code, and checking it will say it is voided. Show it anyway?</source>
        <translation>%1 was voided (%2). A printed copy still carries its number and verification code, and checking it will say it is voided. Show it anyway?</translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — print preview</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Save %1 as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>Documents before issue</source>
        <translation>Documents before issue</translation>
    </message>
    <message>
        <source>Draft, not issued yet: number, verification code and QR code come with the issue</source>
        <translation>Draft, not issued yet: number, verification code and QR code come with the issue</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The document could not be drawn: the printer or the file is not ready.</source>
        <translation>The document could not be drawn: the printer or the file is not ready.</translation>
    </message>
    <message>
        <source>The document could not be drawn: a new page was refused.</source>
        <translation>The document could not be drawn: a new page was refused.</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>The document could not be finished.</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>Only officers, reviewers and approvers issue documents.</source>
        <translation>Only officers, reviewers and approvers issue documents.</translation>
    </message>
    <message>
        <source>Only an approver may void an issued document.</source>
        <translation>Only an approver may void an issued document.</translation>
    </message>
    <message>
        <source>There is no issued document with the id %1.</source>
        <translation>There is no issued document with the id %1.</translation>
    </message>
    <message>
        <source>There is no issued document numbered %1.</source>
        <translation>There is no issued document numbered %1.</translation>
    </message>
    <message>
        <source>No document number could be allocated.</source>
        <translation>No document number could be allocated.</translation>
    </message>
    <message>
        <source>A document needs a title and a text before it is issued.</source>
        <translation>A document needs a title and a text before it is issued.</translation>
    </message>
    <message>
        <source>The document still has fields without a value: {%1}.</source>
        <translation>The document still has fields without a value: {%1}.</translation>
    </message>
    <message>
        <source>Give the reason why the document is voided.</source>
        <translation>Give the reason why the document is voided.</translation>
    </message>
    <message>
        <source>The document %1 was voided already.</source>
        <translation>The document %1 was voided already.</translation>
    </message>
    <message>
        <source>The document %1 was issued before CreditDesk kept the text of its documents, so it cannot be printed again from here. Save its PDF and print that file.</source>
        <translation>The document %1 was issued before CreditDesk kept the text of its documents, so it cannot be printed again from here. Save its PDF and print that file.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplateStore</name>
    <message>
        <source>There is no template for the %1 yet.</source>
        <translation>There is no template for the %1 yet.</translation>
    </message>
    <message>
        <source>Someone else saved the template of the %1 meanwhile. Reload it and try again.</source>
        <translation>Someone else saved the template of the %1 meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>The shipped document templates are missing from this program.</source>
        <translation>The shipped document templates are missing from this program.</translation>
    </message>
    <message>
        <source>The shipped document templates cannot be read.</source>
        <translation>The shipped document templates cannot be read.</translation>
    </message>
    <message>
        <source>The shipped document templates name an unknown kind of document.</source>
        <translation>The shipped document templates name an unknown kind of document.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Name of the party</source>
        <translation>Name of the party</translation>
    </message>
    <message>
        <source>Unified social credit code (or identity number) of the party</source>
        <translation>Unified social credit code (or identity number) of the party</translation>
    </message>
    <message>
        <source>The serious-dishonesty list, e.g. 安全生产严重失信主体名单</source>
        <translation>The serious-dishonesty list, e.g. 安全生产严重失信主体名单</translation>
    </message>
    <message>
        <source>Full name of the deciding authority</source>
        <translation>Full name of the deciding authority</translation>
    </message>
    <message>
        <source>Facts and reasons of the listing</source>
        <translation>Facts and reasons of the listing</translation>
    </message>
    <message>
        <source>Legal basis of the listing</source>
        <translation>Legal basis of the listing</translation>
    </message>
    <message>
        <source>Punishment measures, one a line, each with its basis</source>
        <translation>Punishment measures, one a line, each with its basis</translation>
    </message>
    <message>
        <source>Listing period</source>
        <translation>Listing period</translation>
    </message>
    <message>
        <source>Date from which the listing runs</source>
        <translation>Date from which the listing runs</translation>
    </message>
    <message>
        <source>Conditions for removal from the list</source>
        <translation>Conditions for removal from the list</translation>
    </message>
    <message>
        <source>Period to state one&apos;s case or object, e.g. 5个工作日</source>
        <translation>Period to state one&apos;s case or object, e.g. 5个工作日</translation>
    </message>
    <message>
        <source>What the party stated and how the objection was verified</source>
        <translation>What the party stated and how the objection was verified</translation>
    </message>
    <message>
        <source>Number of the prior notice</source>
        <translation>Number of the prior notice</translation>
    </message>
    <message>
        <source>Date of the prior notice</source>
        <translation>Date of the prior notice</translation>
    </message>
    <message>
        <source>Number of the listing decision</source>
        <translation>Number of the listing decision</translation>
    </message>
    <message>
        <source>Date of the listing decision</source>
        <translation>Date of the listing decision</translation>
    </message>
    <message>
        <source>Date of removal from the list</source>
        <translation>Date of removal from the list</translation>
    </message>
    <message>
        <source>Why the party is removed</source>
        <translation>Why the party is removed</translation>
    </message>
    <message>
        <source>Legal basis of the removal</source>
        <translation>Legal basis of the removal</translation>
    </message>
    <message>
        <source>Authority that hears administrative reconsideration</source>
        <translation>Authority that hears administrative reconsideration</translation>
    </message>
    <message>
        <source>Court with jurisdiction over administrative litigation</source>
        <translation>Court with jurisdiction over administrative litigation</translation>
    </message>
    <message>
        <source>Contact officer</source>
        <translation>Contact officer</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>Contact telephone</translation>
    </message>
    <message>
        <source>Address of the office</source>
        <translation>Address of the office</translation>
    </message>
    <message>
        <source>Number of this document (given when it is issued)</source>
        <translation>Number of this document (given when it is issued)</translation>
    </message>
    <message>
        <source>Date of this document</source>
        <translation>Date of this document</translation>
    </message>
    <message>
        <source>The template of the %1 has no title.</source>
        <translation>The template of the %1 has no title.</translation>
    </message>
    <message>
        <source>The template of the %1 has no text.</source>
        <translation>The template of the %1 has no text.</translation>
    </message>
    <message>
        <source>The template uses the unknown field {%1}. Use only the fields of the list.</source>
        <translation>The template uses the unknown field {%1}. Use only the fields of the list.</translation>
    </message>
    <message>
        <source>The template has a brace that does not belong to a field: write fields as {当事人名称}, without spaces.</source>
        <translation>The template has a brace that does not belong to a field: write fields as {当事人名称}, without spaces.</translation>
    </message>
    <message>
        <source>The template of the %1 must use the field {%2}.</source>
        <translation>The template of the %1 must use the field {%2}.</translation>
    </message>
    <message>
        <source>The template of the %1 must mention &quot;%2&quot;.</source>
        <translation>The template of the %1 must mention &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplatesPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>One paragraph a line. A line starting with &quot;# &quot; is a heading (一、), &quot;## &quot; a sub-heading (（一）). Fields are written in braces, e.g. {当事人名称}.</source>
        <translation>One paragraph a line. A line starting with &quot;# &quot; is a heading (一、), &quot;## &quot; a sub-heading (（一）). Fields are written in braces, e.g. {当事人名称}.</translation>
    </message>
    <message>
        <source>Double-click a field to insert it at the cursor in the text.</source>
        <translation>Double-click a field to insert it at the cursor in the text.</translation>
    </message>
    <message>
        <source>What changed and why (kept with the version)</source>
        <translation>What changed and why (kept with the version)</translation>
    </message>
    <message>
        <source>Preview shows the template filled with sample values, as it prints.</source>
        <translation>Preview shows the template filled with sample values, as it prints.</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <source>The changes to the template are not saved. Discard them?</source>
        <translation>The changes to the template are not saved. Discard them?</translation>
    </message>
    <message>
        <source>There is no template for this document yet.</source>
        <translation>There is no template for this document yet.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>Version %1, in use. Saved by %2 on %3: %4</source>
        <translation>Version %1, in use. Saved by %2 on %3: %4</translation>
    </message>
    <message>
        <source>Version %1, replaced (read only). Saved by %2 on %3: %4</source>
        <translation>Version %1, replaced (read only). Saved by %2 on %3: %4</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>Say in a few words what you changed: the note is kept with the version.</source>
        <translation>Say in a few words what you changed: the note is kept with the version.</translation>
    </message>
    <message>
        <source> Your text stays in the editor: copy what you need, then Reload.</source>
        <translation> Your text stays in the editor: copy what you need, then Reload.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Preview / print…</source>
        <translation>Preview / print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Batch print…</source>
        <translation>Batch print…</translation>
    </message>
    <message>
        <source>Verify a file…</source>
        <translation>Verify a file…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Filter: number, subject or title</source>
        <translation>Filter: number, subject or title</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation>Voided by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Verify a document file</source>
        <translation>Verify a document file</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Genuine: this file is exactly the document %1 (%2), issued by %3 on %4, and it is in force.</source>
        <translation>Genuine: this file is exactly the document %1 (%2), issued by %3 on %4, and it is in force.</translation>
    </message>
    <message>
        <source>Voided: this file is the document %1, but it was voided by %2 on %3 (%4). It is no longer in force.</source>
        <translation>Voided: this file is the document %1, but it was voided by %2 on %3 (%4). It is no longer in force.</translation>
    </message>
    <message>
        <source>Not an issued document: this file is not a document this office issued, or it was changed after it was issued.</source>
        <translation>Not an issued document: this file is not a document this office issued, or it was changed after it was issued.</translation>
    </message>
    <message>
        <source>Void a document</source>
        <translation>Void a document</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <source>A voided document keeps its number; checking it will say it is voided. Why is %1 voided?</source>
        <translation>A voided document keeps its number; checking it will say it is voided. Why is %1 voided?</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document(s)</numerusform>
            <numerusform>%Ln document(s)</numerusform>
        </translation>
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
    <message>
        <source>Case deadlines overdue or due within three working days</source>
        <translation>Case deadlines overdue or due within three working days</translation>
    </message>
    <message>
        <source>No case deadline is overdue or due within three working days.</source>
        <translation>No case deadline is overdue or due within three working days.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Check only</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Import a department file</source>
        <translation>Import a department file</translation>
    </message>
    <message>
        <source>A CSV or XLSX file in the national administrative-penalty layout</source>
        <translation>A CSV or XLSX file in the national administrative-penalty layout</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sending department:</source>
        <translation>Sending department:</translation>
    </message>
    <message>
        <source>Department files (*.csv *.xlsx);;All files (*)</source>
        <translation>Department files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>No row at the top of this file names the columns of the national administrative-penalty layout; importing it would be refused.</source>
        <translation>No row at the top of this file names the columns of the national administrative-penalty layout; importing it would be refused.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>Header on line %1; %2 of %3 columns recognised. The first rows of the file:</source>
        <translation>Header on line %1; %2 of %3 columns recognised. The first rows of the file:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The file was not imported: %1</source>
        <translation>The file was not imported: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing was imported. Correct the lines below and import the whole file again.</source>
        <translation>
            <numerusform>%n problem in the file: nothing was imported. Correct the lines below and import the whole file again.</numerusform>
            <numerusform>%n problems in the file: nothing was imported. Correct the lines below and import the whole file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check passed: %1 rows, %2 new records, %3 already present, %4 new subjects. Nothing was imported.</source>
        <translation>Check passed: %1 rows, %2 new records, %3 already present, %4 new subjects. Nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 new records from %2 rows (%3 already present, %4 new subjects).</source>
        <translation>Imported %1 new records from %2 rows (%3 already present, %4 new subjects).</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>There is no report to save yet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source> report.xlsx</source>
        <translation> report.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
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
    <name>ListingCases</name>
    <message>
        <source>The case with the id %1 is not a listing case.</source>
        <translation>The case with the id %1 is not a listing case.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>force majeure</source>
        <translation>force majeure</translation>
    </message>
    <message>
        <source>not intentional or minor</source>
        <translation>not intentional or minor</translation>
    </message>
    <message>
        <source>Lenient handling asked</source>
        <translation>Lenient handling asked</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Approver&apos;s decision</source>
        <translation>Approver&apos;s decision</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>Proposed measure</source>
        <translation>Proposed measure</translation>
    </message>
</context>
<context>
    <name>ListingDraftDialog</name>
    <message>
        <source>The party is a minor</source>
        <translation>The party is a minor</translation>
    </message>
    <message>
        <source>Force majeure (natural disaster, epidemic)</source>
        <translation>Force majeure (natural disaster, epidemic)</translation>
    </message>
    <message>
        <source>Not intentional, or minor circumstances</source>
        <translation>Not intentional, or minor circumstances</translation>
    </message>
    <message>
        <source>What the party did, when and where, as the records and evidence show it.</source>
        <translation>What the party did, when and where, as the records and evidence show it.</translation>
    </message>
    <message>
        <source>Required with any of the above: why lenient handling is asked for.</source>
        <translation>Required with any of the above: why lenient handling is asked for.</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Facts:</translation>
    </message>
    <message>
        <source>Lenient and careful handling (the approver decides)</source>
        <translation>Lenient and careful handling (the approver decides)</translation>
    </message>
    <message>
        <source>Listing draft</source>
        <translation>Listing draft</translation>
    </message>
    <message>
        <source>New listing draft</source>
        <translation>New listing draft</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Type a name or the beginning of a code</source>
        <translation>Type a name or the beginning of a code</translation>
    </message>
    <message>
        <source>No subject chosen yet.</source>
        <translation>No subject chosen yet.</translation>
    </message>
    <message>
        <source>Credit records the listing rests on:</source>
        <translation>Credit records the listing rests on:</translation>
    </message>
    <message>
        <source>Proposed measures (those the list allows for this kind of subject):</source>
        <translation>Proposed measures (those the list allows for this kind of subject):</translation>
    </message>
    <message>
        <source>No subject matches.</source>
        <translation>No subject matches.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>The subject has no credit record: a listing rests on recorded facts.</source>
        <translation>The subject has no credit record: a listing rests on recorded facts.</translation>
    </message>
    <message>
        <source>Choose the subject first.</source>
        <translation>Choose the subject first.</translation>
    </message>
    <message>
        <source>%1 %2
Basis: %3</source>
        <translation>%1 %2
Basis: %3</translation>
    </message>
    <message>
        <source>The list allows no measure for this kind of subject.</source>
        <translation>The list allows no measure for this kind of subject.</translation>
    </message>
    <message>
        <source>Choose the subject the draft concerns.</source>
        <translation>Choose the subject the draft concerns.</translation>
    </message>
</context>
<context>
    <name>ListingDrafts</name>
    <message>
        <source>%1 was merged into another subject; open the case on that subject.</source>
        <translation>%1 was merged into another subject; open the case on that subject.</translation>
    </message>
    <message>
        <source>The list %1 is not in force on %2: only a list in force can be applied.</source>
        <translation>The list %1 is not in force on %2: only a list in force can be applied.</translation>
    </message>
    <message>
        <source>Write the facts the listing rests on.</source>
        <translation>Write the facts the listing rests on.</translation>
    </message>
    <message>
        <source>Lenient handling (minor, force majeure, unintentional or minor conduct) needs a written reason.</source>
        <translation>Lenient handling (minor, force majeure, unintentional or minor conduct) needs a written reason.</translation>
    </message>
    <message>
        <source>Name at least one credit record of the subject that the listing rests on.</source>
        <translation>Name at least one credit record of the subject that the listing rests on.</translation>
    </message>
    <message>
        <source>There is no credit record with the id %1.</source>
        <translation>There is no credit record with the id %1.</translation>
    </message>
    <message>
        <source>The credit record %1 belongs to another subject.</source>
        <translation>The credit record %1 belongs to another subject.</translation>
    </message>
    <message>
        <source>Propose at least one punishment measure of the list.</source>
        <translation>Propose at least one punishment measure of the list.</translation>
    </message>
    <message>
        <source>The measure %1 does not follow from the list %2: only measures of the measures list that the list triggers may be proposed.</source>
        <translation>The measure %1 does not follow from the list %2: only measures of the measures list that the list triggers may be proposed.</translation>
    </message>
    <message>
        <source>The measure %1 does not apply to a %2.</source>
        <translation>The measure %1 does not apply to a %2.</translation>
    </message>
    <message>
        <source>The measure %1 cites no legal basis.</source>
        <translation>The measure %1 cites no legal basis.</translation>
    </message>
    <message>
        <source>The case %1 is no longer a draft: it cannot be edited.</source>
        <translation>The case %1 is no longer a draft: it cannot be edited.</translation>
    </message>
    <message>
        <source>The subject of a case cannot change; open a new case instead.</source>
        <translation>The subject of a case cannot change; open a new case instead.</translation>
    </message>
    <message>
        <source>Someone else changed the case %1 in the meantime. Reload it and make your change again.</source>
        <translation>Someone else changed the case %1 in the meantime. Reload it and make your change again.</translation>
    </message>
    <message>
        <source>The case with the id %1 has no listing part to write.</source>
        <translation>The case with the id %1 has no listing part to write.</translation>
    </message>
</context>
<context>
    <name>ListingRules</name>
    <message>
        <source>A minor cannot be put on a serious-dishonesty list (lenient and careful handling of minors, 国办发〔2020〕49号). Drop the case instead.</source>
        <translation>A minor cannot be put on a serious-dishonesty list (lenient and careful handling of minors, 国办发〔2020〕49号). Drop the case instead.</translation>
    </message>
    <message>
        <source>The case is marked as concerning a minor.</source>
        <translation>The case is marked as concerning a minor.</translation>
    </message>
    <message>
        <source>%1 is under 18 on %2 by the identity number.</source>
        <translation>%1 is under 18 on %2 by the identity number.</translation>
    </message>
    <message>
        <source>The draft asks for lenient handling: write your decision on it in the note (reason given: %1).</source>
        <translation>The draft asks for lenient handling: write your decision on it in the note (reason given: %1).</translation>
    </message>
    <message>
        <source>No prior notice is running for the case %1.</source>
        <translation>No prior notice is running for the case %1.</translation>
    </message>
    <message>
        <source>The period to state one&apos;s case or object ended on %1. An objection received in time but recorded late needs the deadline extended first.</source>
        <translation>The period to state one&apos;s case or object ended on %1. An objection received in time but recorded late needs the deadline extended first.</translation>
    </message>
    <message>
        <source>The party may still state its case or object until %1: the decision can be taken from %2 on.</source>
        <translation>The party may still state its case or object until %1: the decision can be taken from %2 on.</translation>
    </message>
    <message>
        <source>Say why the subject is removed: at the end of the period (period_end), early under the list&apos;s rule (early) or because the decision is revoked (revocation).</source>
        <translation>Say why the subject is removed: at the end of the period (period_end), early under the list&apos;s rule (early) or because the decision is revoked (revocation).</translation>
    </message>
    <message>
        <source>The listing period runs until %1; before that, removal is early or a revocation.</source>
        <translation>The listing period runs until %1; before that, removal is early or a revocation.</translation>
    </message>
    <message>
        <source>A reviewer has not passed the case %1 yet.</source>
        <translation>A reviewer has not passed the case %1 yet.</translation>
    </message>
    <message>
        <source>A listing deadline cannot take its length from %1.</source>
        <translation>A listing deadline cannot take its length from %1.</translation>
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
    <message>
        <source>Catalog and lists</source>
        <translation>Catalog and lists</translation>
    </message>
    <message>
        <source>Subjects and records</source>
        <translation>Subjects and records</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Close and reopen the connection to the database</source>
        <translation>Close and reopen the connection to the database</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>DATABASE ERROR</source>
        <translation>DATABASE ERROR</translation>
    </message>
    <message>
        <source>The database could not be reached again: %1</source>
        <translation>The database could not be reached again: %1</translation>
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
    <message>
        <source>Updating the database would leave a row of %1 pointing at a missing row of %2; it was left as it was.</source>
        <translation>Updating the database would leave a row of %1 pointing at a missing row of %2; it was left as it was.</translation>
    </message>
</context>
<context>
    <name>PagedList</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PagedReader</name>
    <message>
        <source>The list could not be read from the database.</source>
        <translation>The list could not be read from the database.</translation>
    </message>
    <message>
        <source>The list has no query to read.</source>
        <translation>The list has no query to read.</translation>
    </message>
    <message>
        <source>The list cannot be counted before it has been read to the end.</source>
        <translation>The list cannot be counted before it has been read to the end.</translation>
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
    <message>
        <source>register subjects and credit records</source>
        <translation>register subjects and credit records</translation>
    </message>
    <message>
        <source>import department files</source>
        <translation>import department files</translation>
    </message>
    <message>
        <source>export subjects and records</source>
        <translation>export subjects and records</translation>
    </message>
    <message>
        <source>merge subjects</source>
        <translation>merge subjects</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>read cases</translation>
    </message>
    <message>
        <source>handle cases as an officer</source>
        <translation>handle cases as an officer</translation>
    </message>
    <message>
        <source>review cases</source>
        <translation>review cases</translation>
    </message>
    <message>
        <source>approve cases</source>
        <translation>approve cases</translation>
    </message>
    <message>
        <source>back up and restore the database</source>
        <translation>back up and restore the database</translation>
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
    <message>
        <source>The database %1 is damaged: %2

No backup was found in %3. Restore one with: creditctl --db sqlite:%1 restore FILE</source>
        <translation>The database %1 is damaged: %2

No backup was found in %3. Restore one with: creditctl --db sqlite:%1 restore FILE</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2

Restore the newest backup, %3 (made %4)? The damaged file is kept beside it. Work saved after that backup is not in it.</source>
        <translation>The database %1 is damaged: %2

Restore the newest backup, %3 (made %4)? The damaged file is kept beside it. Work saved after that backup is not in it.</translation>
    </message>
    <message>
        <source>The database was restored from %1. The damaged file is kept as %2.</source>
        <translation>The database was restored from %1. The damaged file is kept as %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not opened.</source>
        <translation>The database %1 is damaged and was not opened.</translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Credit record %1</source>
        <translation>Credit record %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>Kind of subject:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Deciding authority:</source>
        <translation>Deciding authority:</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Facts:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Violation type:</source>
        <translation>Violation type:</translation>
    </message>
    <message>
        <source>Kind of penalty:</source>
        <translation>Kind of penalty:</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan):</source>
        <translation>Fine (10,000 yuan):</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Repair possible from:</source>
        <translation>Repair possible from:</translation>
    </message>
    <message>
        <source>Publication ends:</source>
        <translation>Publication ends:</translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation>Rule profile:</translation>
    </message>
    <message>
        <source>Catalog item:</source>
        <translation>Catalog item:</translation>
    </message>
    <message>
        <source>%1 %2 (version %3)</source>
        <translation>%1 %2 (version %3)</translation>
    </message>
    <message>
        <source>Source department:</source>
        <translation>Source department:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation>Entered:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Cases resting on it:</source>
        <translation>Cases resting on it:</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Subject name</source>
        <translation>Subject name</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Kind of subject</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Type of violation</source>
        <translation>Type of violation</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Kind of penalty</source>
        <translation>Kind of penalty</translation>
    </message>
    <message>
        <source>Content of the penalty</source>
        <translation>Content of the penalty</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan)</source>
        <translation>Fine (10,000 yuan)</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>Publication ends</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 法人及非法人组织, 自然人 or 个体工商户</source>
        <translation>&quot;%1&quot; is not 法人及非法人组织, 自然人 or 个体工商户</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate type this office knows</source>
        <translation>&quot;%1&quot; is not a certificate type this office knows</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-05</source>
        <translation>&quot;%1&quot; is not a date; write it as 2026-03-05</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a date and was ignored</source>
        <translation>line %1: %2 &quot;%3&quot; is not a date and was ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 轻微, 一般 or 严重</source>
        <translation>&quot;%1&quot; is not 轻微, 一般 or 严重</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in 10,000 yuan, such as 0.5</source>
        <translation>&quot;%1&quot; is not an amount in 10,000 yuan, such as 0.5</translation>
    </message>
    <message>
        <source>Officers of %1 import their own department&apos;s files only.</source>
        <translation>Officers of %1 import their own department&apos;s files only.</translation>
    </message>
    <message>
        <source>There is no active department number %1.</source>
        <translation>There is no active department number %1.</translation>
    </message>
    <message>
        <source>no row of the first %1 names the columns of the administrative-penalty data standard (行政相对人名称, 行政处罚决定书文号, ...)</source>
        <translation>no row of the first %1 names the columns of the administrative-penalty data standard (行政相对人名称, 行政处罚决定书文号, ...)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not part of the standard and was ignored</source>
        <translation>the column &quot;%1&quot; is not part of the standard and was ignored</translation>
    </message>
    <message>
        <source>a second column for %1</source>
        <translation>a second column for %1</translation>
    </message>
    <message>
        <source>the required column is missing</source>
        <translation>the required column is missing</translation>
    </message>
    <message>
        <source>the cell holds a number, not text: Excel keeps only 15 digits of a number, so the ID number may have lost digits or its X; format the column as text and type it again</source>
        <translation>the cell holds a number, not text: Excel keeps only 15 digits of a number, so the ID number may have lost digits or its X; format the column as text and type it again</translation>
    </message>
    <message>
        <source>the cell holds the number %1: Excel keeps only 15 digits of a number, so the code may have lost digits; format the column as text and type it again</source>
        <translation>the cell holds the number %1: Excel keeps only 15 digits of a number, so the code may have lost digits; format the column as text and type it again</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>a %1 is not identified by a %2</source>
        <translation>a %1 is not identified by a %2</translation>
    </message>
    <message>
        <source>a natural person needs a certificate number</source>
        <translation>a natural person needs a certificate number</translation>
    </message>
    <message>
        <source>a %1 needs its unified social credit code</source>
        <translation>a %1 needs its unified social credit code</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>has %1 characters, at most %2 are allowed</source>
        <translation>has %1 characters, at most %2 are allowed</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 is in the future</translation>
    </message>
    <message>
        <source>%1 is before 1990</source>
        <translation>%1 is before 1990</translation>
    </message>
    <message>
        <source>no rule profile was in force on %1; add one under Catalog and lists</source>
        <translation>no rule profile was in force on %1; add one under Catalog and lists</translation>
    </message>
    <message>
        <source>the catalog item %1 is not in force today</source>
        <translation>the catalog item %1 is not in force today</translation>
    </message>
    <message>
        <source>the catalog item %1 does not concern a %2</source>
        <translation>the catalog item %1 does not concern a %2</translation>
    </message>
    <message>
        <source>%1: a %2 record is not published under %3</source>
        <translation>%1: a %2 record is not published under %3</translation>
    </message>
    <message>
        <source>%1: the file says publication ends on %2; under %3 it ends on %4</source>
        <translation>%1: the file says publication ends on %2; under %3 it ends on %4</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>There is no credit record number %1.</source>
        <translation>There is no credit record number %1.</translation>
    </message>
    <message>
        <source>%1: enter the date of the decision.</source>
        <translation>%1: enter the date of the decision.</translation>
    </message>
    <message>
        <source>%1: choose 轻微, 一般 or 严重.</source>
        <translation>%1: choose 轻微, 一般 or 严重.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 is already recorded for this subject.</source>
        <translation>%1 of %2 is already recorded for this subject.</translation>
    </message>
</context>
<context>
    <name>RecordTerms</name>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>objection under review</source>
        <translation>objection under review</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repaired</translation>
    </message>
    <message>
        <source>publication ended</source>
        <translation>publication ended</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>line %1: the registry knows %2 as &quot;%3&quot;, the file calls it &quot;%4&quot;; the registered name was kept</source>
        <translation>line %1: the registry knows %2 as &quot;%3&quot;, the file calls it &quot;%4&quot;; the registered name was kept</translation>
    </message>
    <message>
        <source>A subject of the file could not be registered.</source>
        <translation>A subject of the file could not be registered.</translation>
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
    <name>ReferenceBasesRegister</name>
    <message>
        <source>Legal bases</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Repeal…</source>
        <translation>Repeal…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Repeal legal basis</source>
        <translation>Repeal legal basis</translation>
    </message>
    <message>
        <source>%1 stays on record for what already cites it, but from the day after the last day below it no longer founds a list domain or measure.</source>
        <translation>%1 stays on record for what already cites it, but from the day after the last day below it no longer founds a list domain or measure.</translation>
    </message>
    <message>
        <source>Last day in force:</source>
        <translation>Last day in force:</translation>
    </message>
    <message>
        <source>basis #%1</source>
        <translation>basis #%1</translation>
    </message>
</context>
<context>
    <name>ReferenceBasisChecklist</name>
    <message>
        <source> (in force until %1)</source>
        <translation> (in force until %1)</translation>
    </message>
</context>
<context>
    <name>ReferenceBasisDialog</name>
    <message>
        <source>Edit legal basis</source>
        <translation>Edit legal basis</translation>
    </message>
    <message>
        <source>Add legal basis</source>
        <translation>Add legal basis</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Title (without 《》):</source>
        <translation>Title (without 《》):</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>In force until:</source>
        <translation>In force until:</translation>
    </message>
    <message>
        <source>small Latin letters, digits and _, e.g. civil_procedure_law</source>
        <translation>small Latin letters, digits and _, e.g. civil_procedure_law</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Which levels may found a list domain or a measure is decided when one is put in force: a normative document alone is never enough.</source>
        <translation>Which levels may found a list domain or a measure is decided when one is put in force: a normative document alone is never enough.</translation>
    </message>
</context>
<context>
    <name>ReferenceCatalogItemDialog</name>
    <message>
        <source>Edit catalog item %1</source>
        <translation>Edit catalog item %1</translation>
    </message>
    <message>
        <source>Add catalog item</source>
        <translation>Add catalog item</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Conduct or fact recorded:</source>
        <translation>Conduct or fact recorded:</translation>
    </message>
    <message>
        <source>Subjects concerned:</source>
        <translation>Subjects concerned:</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>Disclosure:</translation>
    </message>
    <message>
        <source>Sharing scope:</source>
        <translation>Sharing scope:</translation>
    </message>
    <message>
        <source>Source department:</source>
        <translation>Source department:</translation>
    </message>
    <message>
        <source>Collection channel:</source>
        <translation>Collection channel:</translation>
    </message>
    <message>
        <source>Update frequency:</source>
        <translation>Update frequency:</translation>
    </message>
    <message>
        <source>Disclosure period:</source>
        <translation>Disclosure period:</translation>
    </message>
</context>
<context>
    <name>ReferenceCatalogRegister</name>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>%1, in force %2 to %3</source>
        <translation>%1, in force %2 to %3</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Conduct or fact recorded:</source>
        <translation>Conduct or fact recorded:</translation>
    </message>
    <message>
        <source>Subjects concerned:</source>
        <translation>Subjects concerned:</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>Disclosure:</translation>
    </message>
    <message>
        <source>Sharing scope:</source>
        <translation>Sharing scope:</translation>
    </message>
    <message>
        <source>Source department:</source>
        <translation>Source department:</translation>
    </message>
    <message>
        <source>Collection channel:</source>
        <translation>Collection channel:</translation>
    </message>
    <message>
        <source>Update frequency:</source>
        <translation>Update frequency:</translation>
    </message>
    <message>
        <source>Disclosure period:</source>
        <translation>Disclosure period:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <source>Version %1 (record id %2): %3</source>
        <translation>Version %1 (record id %2): %3</translation>
    </message>
    <message>
        <source>Versions of catalog item %1</source>
        <translation>Versions of catalog item %1</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Abolish catalog item</source>
        <translation>Abolish catalog item</translation>
    </message>
    <message>
        <source>%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished. Records collected under it keep it.</source>
        <translation>%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished. Records collected under it keep it.</translation>
    </message>
    <message>
        <source>No longer in force from:</source>
        <translation>No longer in force from:</translation>
    </message>
</context>
<context>
    <name>ReferenceCleanupDialog</name>
    <message>
        <source>Review of a policy document</source>
        <translation>Review of a policy document</translation>
    </message>
    <message>
        <source>Add document under review</source>
        <translation>Add document under review</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Responsible department:</source>
        <translation>Responsible department:</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>due on</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>completed on</translation>
    </message>
    <message>
        <source>Provides:</source>
        <translation>Provides:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Completed:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Every document that adds catalog items, lists, measures or repair rules is reviewed: keep, revise or abolish it (国办发〔2020〕49号). An open review past its due date shows as overdue.</source>
        <translation>Every document that adds catalog items, lists, measures or repair rules is reviewed: keep, revise or abolish it (国办发〔2020〕49号). An open review past its due date shows as overdue.</translation>
    </message>
</context>
<context>
    <name>ReferenceCleanupRegister</name>
    <message>
        <source>Clean-up register</source>
        <translation>Clean-up register</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Provides</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Provides:</source>
        <translation>Provides:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Responsible department:</source>
        <translation>Responsible department:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Completed:</translation>
    </message>
</context>
<context>
    <name>ReferenceDomainDialog</name>
    <message>
        <source>Listing period</source>
        <translation>Listing period</translation>
    </message>
    <message>
        <source>Early removal</source>
        <translation>Early removal</translation>
    </message>
    <message>
        <source>Statement after prior notice</source>
        <translation>Statement after prior notice</translation>
    </message>
    <message>
        <source>Objection decision</source>
        <translation>Objection decision</translation>
    </message>
    <message>
        <source>The list domain is added as a draft. Put it in force once its bases allow it: the basis guard checks them on that day.</source>
        <translation>The list domain is added as a draft. Put it in force once its bases allow it: the basis guard checks them on that day.</translation>
    </message>
    <message>
        <source>%1 is in force: changed bases must found it from today on, or the change is refused.</source>
        <translation>%1 is in force: changed bases must found it from today on, or the change is refused.</translation>
    </message>
    <message>
        <source>%1 is a draft; nothing is checked against its bases until it is put in force.</source>
        <translation>%1 is a draft; nothing is checked against its bases until it is put in force.</translation>
    </message>
    <message>
        <source>Edit list domain %1</source>
        <translation>Edit list domain %1</translation>
    </message>
    <message>
        <source>Add list domain</source>
        <translation>Add list domain</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Deciding authority:</source>
        <translation>Deciding authority:</translation>
    </message>
    <message>
        <source>Serious conduct (49号):</source>
        <translation>Serious conduct (49号):</translation>
    </message>
    <message>
        <source>Listing period:</source>
        <translation>Listing period:</translation>
    </message>
    <message>
        <source>Early removal:</source>
        <translation>Early removal:</translation>
    </message>
    <message>
        <source>Statement after prior notice:</source>
        <translation>Statement after prior notice:</translation>
    </message>
    <message>
        <source>Objection decision:</source>
        <translation>Objection decision:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>small Latin letters, digits and _, e.g. food_safety_serious</source>
        <translation>small Latin letters, digits and _, e.g. food_safety_serious</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add draft</source>
        <translation>Add draft</translation>
    </message>
</context>
<context>
    <name>ReferenceDomainsRegister</name>
    <message>
        <source>List domains</source>
        <translation>List domains</translation>
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
        <source>Deciding authority</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <source>Serious conduct</source>
        <translation>Serious conduct</translation>
    </message>
    <message>
        <source>Listing period</source>
        <translation>Listing period</translation>
    </message>
    <message>
        <source>Statement period</source>
        <translation>Statement period</translation>
    </message>
    <message>
        <source>Objection decision</source>
        <translation>Objection decision</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Add draft…</source>
        <translation>Add draft…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Put in force…</source>
        <translation>Put in force…</translation>
    </message>
    <message>
        <source>Repeal…</source>
        <translation>Repeal…</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month(s)</numerusform>
            <numerusform>%n month(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day(s)</numerusform>
            <numerusform>%n working day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Deciding authority:</source>
        <translation>Deciding authority:</translation>
    </message>
    <message>
        <source>Serious conduct (49号):</source>
        <translation>Serious conduct (49号):</translation>
    </message>
    <message>
        <source>Listing period:</source>
        <translation>Listing period:</translation>
    </message>
    <message>
        <source>Early removal:</source>
        <translation>Early removal:</translation>
    </message>
    <message>
        <source>Statement after prior notice:</source>
        <translation>Statement after prior notice:</translation>
    </message>
    <message>
        <source>Objection decision:</source>
        <translation>Objection decision:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <source>Put list domain in force</source>
        <translation>Put list domain in force</translation>
    </message>
    <message>
        <source>%1 takes effect on the date below, provided its legal bases allow it on that day.</source>
        <translation>%1 takes effect on the date below, provided its legal bases allow it on that day.</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <source>Repeal list domain</source>
        <translation>Repeal list domain</translation>
    </message>
    <message>
        <source>%1 is not deleted: existing listings keep it; its last day in force is the day before the date below.</source>
        <translation>%1 is not deleted: existing listings keep it; its last day in force is the day before the date below.</translation>
    </message>
    <message>
        <source>No longer in force from:</source>
        <translation>No longer in force from:</translation>
    </message>
</context>
<context>
    <name>ReferenceFormDialog</name>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <source>Untick a setting once it has been checked against the regulation.</source>
        <translation>Untick a setting once it has been checked against the regulation.</translation>
    </message>
    <message>
        <source>Still unconfirmed:</source>
        <translation>Still unconfirmed:</translation>
    </message>
    <message>
        <source>Saving does not overwrite this version: it creates version %1, in force from the date below. Version %2 stays in force until the day before, and records made under it keep pointing to it.</source>
        <translation>Saving does not overwrite this version: it creates version %1, in force from the date below. Version %2 stays in force until the day before, and records made under it keep pointing to it.</translation>
    </message>
    <message>
        <source>This is added as version 1, in force from the date below.</source>
        <translation>This is added as version 1, in force from the date below.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>New version in force from:</source>
        <translation>New version in force from:</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>In force from:</translation>
    </message>
</context>
<context>
    <name>ReferenceHistoryDialog</name>
    <message>
        <source>Version in force on:</source>
        <translation>Version in force on:</translation>
    </message>
</context>
<context>
    <name>ReferenceListTab</name>
    <message>
        <source>Filter: any column…</source>
        <translation>Filter: any column…</translation>
    </message>
    <message>
        <source>UNCONFIRMED — shipped default, check and correct</source>
        <translation>UNCONFIRMED — shipped default, check and correct</translation>
    </message>
</context>
<context>
    <name>ReferenceMeasureDialog</name>
    <message>
        <source>Edit measure %1</source>
        <translation>Edit measure %1</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Implementing department:</source>
        <translation>Implementing department:</translation>
    </message>
    <message>
        <source>Subjects it may apply to:</source>
        <translation>Subjects it may apply to:</translation>
    </message>
    <message>
        <source>Follows from list domains:</source>
        <translation>Follows from list domains:</translation>
    </message>
    <message>
        <source>Follows from record kinds:</source>
        <translation>Follows from record kinds:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReferenceMeasuresRegister</name>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Implementing department</source>
        <translation>Implementing department</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation>Follows from</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>%1, in force %2 to %3</source>
        <translation>%1, in force %2 to %3</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Implementing department:</source>
        <translation>Implementing department:</translation>
    </message>
    <message>
        <source>Subjects it may apply to:</source>
        <translation>Subjects it may apply to:</translation>
    </message>
    <message>
        <source>Follows from list domains:</source>
        <translation>Follows from list domains:</translation>
    </message>
    <message>
        <source>Follows from record kinds:</source>
        <translation>Follows from record kinds:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <source>Version %1 (record id %2): %3</source>
        <translation>Version %1 (record id %2): %3</translation>
    </message>
    <message>
        <source>Versions of measure %1</source>
        <translation>Versions of measure %1</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Abolish measure</source>
        <translation>Abolish measure</translation>
    </message>
    <message>
        <source>%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished.</source>
        <translation>%1 %2 is not deleted: its current version ends the day before the date below and is marked abolished.</translation>
    </message>
    <message>
        <source>No longer in force from:</source>
        <translation>No longer in force from:</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Read only: the reference data is maintained by the approvers of the credit office.</source>
        <translation>Read only: the reference data is maintained by the approvers of the credit office.</translation>
    </message>
</context>
<context>
    <name>ReferenceProfileDialog</name>
    <message>
        <source>Publication, %1</source>
        <translation>Publication, %1</translation>
    </message>
    <message>
        <source>Repair conditions</source>
        <translation>Repair conditions</translation>
    </message>
    <message>
        <source>Repeat-repair limits</source>
        <translation>Repeat-repair limits</translation>
    </message>
    <message>
        <source>Edit rule profile</source>
        <translation>Edit rule profile</translation>
    </message>
    <message>
        <source>Add future rule profile</source>
        <translation>Add future rule profile</translation>
    </message>
    <message>
        <source>%1 is not yet in force, so its settings can still change. Its dates stay as they are.</source>
        <translation>%1 is not yet in force, so its settings can still change. Its dates stay as they are.</translation>
    </message>
    <message>
        <source>The new profile governs decisions taken from its start date on. The profile in force until then ends the day before; decisions already taken keep their rules.</source>
        <translation>The new profile governs decisions taken from its start date on. The profile in force until then ends the day before; decisions already taken keep their rules.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <source>Repair conditions:</source>
        <translation>Repair conditions:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Add profile</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Publication, %1:</source>
        <translation>Publication, %1:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Repeat-repair limits:</source>
        <translation>Repeat-repair limits:</translation>
    </message>
    <message>
        <source>gap at least</source>
        <translation>gap at least</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>repairs in</source>
        <translation>repairs in</translation>
    </message>
    <message>
        <source>%1 is in force and decisions may have been taken under it: only the settings still marked unconfirmed below can be corrected; untick one once its value is confirmed.</source>
        <translation>%1 is in force and decisions may have been taken under it: only the settings still marked unconfirmed below can be corrected; untick one once its value is confirmed.</translation>
    </message>
</context>
<context>
    <name>ReferenceProfilesRegister</name>
    <message>
        <source>Rule profiles</source>
        <translation>Rule profiles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>Publication, %1</source>
        <translation>Publication, %1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Profile in force on:</source>
        <translation>Profile in force on:</translation>
    </message>
    <message>
        <source>Add future profile…</source>
        <translation>Add future profile…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Publication, %1:</source>
        <translation>Publication, %1:</translation>
    </message>
    <message>
        <source>Repair conditions:</source>
        <translation>Repair conditions:</translation>
    </message>
    <message>
        <source>Repeat-repair limits:</source>
        <translation>Repeat-repair limits:</translation>
    </message>
    <message numerus="yes">
        <source>on: at least %n month(s) between repairs</source>
        <translation>
            <numerusform>on: at least %n month(s) between repairs</numerusform>
            <numerusform>on: at least %n month(s) between repairs</numerusform>
        </translation>
    </message>
    <message>
        <source>, at most %1 repairs in %2 years</source>
        <translation>, at most %1 repairs in %2 years</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>ReferenceRegister</name>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Abolish…</source>
        <translation>Abolish…</translation>
    </message>
    <message>
        <source>Catalog and lists</source>
        <translation>Catalog and lists</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>abolished</source>
        <translation>abolished</translation>
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
    <name>RegistryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most 1,048,576 rows; export to CSV or narrow the filter.</source>
        <translation>An XLSX sheet holds at most 1,048,576 rows; export to CSV or narrow the filter.</translation>
    </message>
    <message>
        <source>Export to a file ending in .csv or .xlsx, not %1.</source>
        <translation>Export to a file ending in .csv or .xlsx, not %1.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Kind of subject</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Repair possible from</source>
        <translation>Repair possible from</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>Publication ends</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source department</source>
        <translation>Source department</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>Catalog item</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan)</source>
        <translation>Fine (10,000 yuan)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
</context>
<context>
    <name>RegistryMergeDialog</name>
    <message>
        <source>Merge subjects</source>
        <translation>Merge subjects</translation>
    </message>
    <message>
        <source>The full code of the registration that stays</source>
        <translation>The full code of the registration that stays</translation>
    </message>
    <message>
        <source>The records of %1 (%2) move to the subject below; %1 stays in the registry, marked as merged. Nothing is deleted.</source>
        <translation>The records of %1 (%2) move to the subject below; %1 stays in the registry, marked as merged. Nothing is deleted.</translation>
    </message>
    <message>
        <source>Merge into (code):</source>
        <translation>Merge into (code):</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>No subject has this code.</source>
        <translation>No subject has this code.</translation>
    </message>
    <message>
        <source>This is the subject being merged.</source>
        <translation>This is the subject being merged.</translation>
    </message>
    <message>
        <source>%1 is itself merged into another subject.</source>
        <translation>%1 is itself merged into another subject.</translation>
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
        <translation>Import file…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>Credit records</translation>
    </message>
    <message>
        <source>Credit subjects</source>
        <translation>Credit subjects</translation>
    </message>
    <message>
        <source>Saves the list shown, as filtered, to a CSV or XLSX file</source>
        <translation>Saves the list shown, as filtered, to a CSV or XLSX file</translation>
    </message>
    <message>
        <source>credit records</source>
        <translation>credit records</translation>
    </message>
    <message>
        <source>credit subjects</source>
        <translation>credit subjects</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>The export did not run.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryRecordsTab</name>
    <message>
        <source>Decided from</source>
        <translation>Decided from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Kind of subject</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Repair possible from</source>
        <translation>Repair possible from</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>Publication ends</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source department</source>
        <translation>Source department</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>Catalog item</translation>
    </message>
    <message>
        <source>Fine (10,000 yuan)</source>
        <translation>Fine (10,000 yuan)</translation>
    </message>
    <message>
        <source>Subject no.</source>
        <translation>Subject no.</translation>
    </message>
    <message>
        <source>Subject name contains…</source>
        <translation>Subject name contains…</translation>
    </message>
    <message>
        <source>Code starts with…</source>
        <translation>Code starts with…</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All catalog items</source>
        <translation>All catalog items</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrySimilarDialog</name>
    <message>
        <source>Same subject?</source>
        <translation>Same subject?</translation>
    </message>
    <message>
        <source>A registered subject has a close name (%1 of %2). Is the subject you are registering the same as this one?</source>
        <translation>A registered subject has a close name (%1 of %2). Is the subject you are registering the same as this one?</translation>
    </message>
    <message>
        <source>Being registered</source>
        <translation>Being registered</translation>
    </message>
    <message>
        <source>Registered (no. %1)</source>
        <translation>Registered (no. %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Kind of subject</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Same subject</source>
        <translation>Same subject</translation>
    </message>
    <message>
        <source>Different subject</source>
        <translation>Different subject</translation>
    </message>
</context>
<context>
    <name>RegistrySubjectDetailDialog</name>
    <message>
        <source>Credit subject %1</source>
        <translation>Credit subject %1</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>Credit records</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>Kind of subject:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Registering authority:</source>
        <translation>Registering authority:</translation>
    </message>
    <message>
        <source>Registered by:</source>
        <translation>Registered by:</translation>
    </message>
    <message>
        <source>%1 into subject no. %2</source>
        <translation>%1 into subject no. %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Registered on:</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Publication ends</source>
        <translation>Publication ends</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>Catalog item</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Listed from</source>
        <translation>Listed from</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Removed on</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>on the list</source>
        <translation>on the list</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>not on the list</translation>
    </message>
    <message>
        <source>New listing draft…</source>
        <translation>New listing draft…</translation>
    </message>
</context>
<context>
    <name>RegistrySubjectsTab</name>
    <message>
        <source>Register subject…</source>
        <translation>Register subject…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Kind of subject</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Name contains…</translation>
    </message>
    <message>
        <source>Code starts with…</source>
        <translation>Code starts with…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>Register a credit subject</source>
        <translation>Register a credit subject</translation>
    </message>
    <message>
        <source>%1 is registered already, as %2.</source>
        <translation>%1 is registered already, as %2.</translation>
    </message>
    <message>
        <source>Merge subjects</source>
        <translation>Merge subjects</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Every record of %1 moves to %2, and %1 is marked as merged.</source>
        <translation>Merge %1 into %2? Every record of %1 moves to %2, and %1 is marked as merged.</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 was merged into %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s)</source>
        <translation>
            <numerusform>%Ln subject</numerusform>
            <numerusform>%Ln subjects</numerusform>
        </translation>
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
    <message>
        <source>%1 is in force from %2 and decisions may have been taken under it, so its rules no longer change. Add a profile that starts on a future date instead.</source>
        <translation>%1 is in force from %2 and decisions may have been taken under it, so its rules no longer change. Add a profile that starts on a future date instead.</translation>
    </message>
    <message>
        <source>%1 is in force and its setting %2 is confirmed, so it no longer changes. Add a profile that starts on a future date instead.</source>
        <translation>%1 is in force and its setting %2 is confirmed, so it no longer changes. Add a profile that starts on a future date instead.</translation>
    </message>
    <message>
        <source>A confirmed setting of a profile in force cannot be marked unconfirmed again.</source>
        <translation>A confirmed setting of a profile in force cannot be marked unconfirmed again.</translation>
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
    <message>
        <source>party&apos;s statement after prior notice</source>
        <translation>party&apos;s statement after prior notice</translation>
    </message>
    <message>
        <source>marking an objection</source>
        <translation>marking an objection</translation>
    </message>
    <message>
        <source>deciding an objection</source>
        <translation>deciding an objection</translation>
    </message>
    <message>
        <source>answer to a repair application (信用中国)</source>
        <translation>answer to a repair application (信用中国)</translation>
    </message>
    <message>
        <source>department&apos;s repair decision</source>
        <translation>department&apos;s repair decision</translation>
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
    <message>
        <source>The officer must give the password again. Applies within a minute. Level 3 practice: at most 15 minutes.</source>
        <translation>The officer must give the password again. Applies within a minute. Level 3 practice: at most 15 minutes.</translation>
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
    <message>
        <source>Back up when an officer signs out</source>
        <translation>Back up when an officer signs out</translation>
    </message>
    <message>
        <source>Back up once a day (at the first sign-in after a day without one)</source>
        <translation>Back up once a day (at the first sign-in after a day without one)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>Backups of the local database</source>
        <translation>Backups of the local database</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <source>Each backup is checked (pages and audit trail) before it is kept; the oldest are removed beyond the number kept. A folder on another disk also survives a failed disk.</source>
        <translation>Each backup is checked (pages and audit trail) before it is kept; the oldest are removed beyond the number kept. A folder on another disk also survives a failed disk.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as /home/officer/backups.</source>
        <translation>The backup folder must be a full path, such as /home/officer/backups.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>This database has accounts already; sign in instead.</source>
        <translation>This database has accounts already; sign in instead.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the demo files.</source>
        <translation>Cannot make a temporary folder for the demo files.</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1.</source>
        <translation>Cannot write the demo file %1.</translation>
    </message>
    <message>
        <source>The demo file of %1 was refused: %2</source>
        <translation>The demo file of %1 was refused: %2</translation>
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
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The database cannot be opened again: %1</source>
        <translation>The database cannot be opened again: %1</translation>
    </message>
    <message>
        <source>Nothing was restored, and the database is as it was: %1</source>
        <translation>Nothing was restored, and the database is as it was: %1</translation>
    </message>
    <message>
        <source>The database was restored from %1. The file it replaced is kept as %2. Sign in again.</source>
        <translation>The database was restored from %1. The file it replaced is kept as %2. Sign in again.</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Register a credit subject</source>
        <translation>Register a credit subject</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>Kind of subject:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>SubjectIdentity</name>
    <message>
        <source>unified social credit code</source>
        <translation>unified social credit code</translation>
    </message>
    <message>
        <source>resident identity card</source>
        <translation>resident identity card</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>foreigner&apos;s permanent residence ID card</source>
        <translation>foreigner&apos;s permanent residence ID card</translation>
    </message>
    <message>
        <source>other certificate</source>
        <translation>other certificate</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>the number is empty</translation>
    </message>
    <message>
        <source>Excel turned the number into %1, the digits are lost; export the column as text</source>
        <translation>Excel turned the number into %1, the digits are lost; export the column as text</translation>
    </message>
    <message>
        <source>has %1 characters, a certificate number has 5 to 30</source>
        <translation>has %1 characters, a certificate number has 5 to 30</translation>
    </message>
    <message>
        <source>character %1 is %2, which a certificate number does not contain</source>
        <translation>character %1 is %2, which a certificate number does not contain</translation>
    </message>
</context>
<context>
    <name>SubjectNames</name>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the name has %1 characters, at most %2 are kept</source>
        <translation>the name has %1 characters, at most %2 are kept</translation>
    </message>
    <message>
        <source>the name contains the unreadable character U+%1; check the file&apos;s encoding</source>
        <translation>the name contains the unreadable character U+%1; check the file&apos;s encoding</translation>
    </message>
</context>
<context>
    <name>SubjectStore</name>
    <message>
        <source>There is no subject number %1 in the registry.</source>
        <translation>There is no subject number %1 in the registry.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of subject.</source>
        <translation>&quot;%1&quot; is not a kind of subject.</translation>
    </message>
    <message>
        <source>A %1 is not identified by a %2.</source>
        <translation>A %1 is not identified by a %2.</translation>
    </message>
    <message>
        <source>The %1 is not valid: %2.</source>
        <translation>The %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>The name cannot be stored: %1.</source>
        <translation>The name cannot be stored: %1.</translation>
    </message>
    <message>
        <source>%1 is close to the registered subject %2. Compare them and say whether they are the same subject.</source>
        <translation>%1 is close to the registered subject %2. Compare them and say whether they are the same subject.</translation>
    </message>
    <message>
        <source>The subject was not registered.</source>
        <translation>The subject was not registered.</translation>
    </message>
    <message>
        <source>A subject cannot be merged into itself.</source>
        <translation>A subject cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Someone changed one of the two subjects meanwhile. Open them again and repeat the merge.</source>
        <translation>Someone changed one of the two subjects meanwhile. Open them again and repeat the merge.</translation>
    </message>
    <message>
        <source>Only subjects that are not already merged can be merged.</source>
        <translation>Only subjects that are not already merged can be merged.</translation>
    </message>
    <message>
        <source>A natural person and an organisation cannot be one subject.</source>
        <translation>A natural person and an organisation cannot be one subject.</translation>
    </message>
    <message>
        <source>Both subjects have the decision %1: one of the two records must be revoked before the subjects are merged.</source>
        <translation>Both subjects have the decision %1: one of the two records must be revoked before the subjects are merged.</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>The file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The file is in the old binary Excel format (.%1), which cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>The file is in the old binary Excel format (.%1), which cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file has no extension: use a .csv or .xlsx file.</source>
        <translation>The file has no extension: use a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>Files with the extension &quot;.%1&quot; cannot be imported: use a .csv or .xlsx file.</source>
        <translation>Files with the extension &quot;.%1&quot; cannot be imported: use a .csv or .xlsx file.</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file starts like UTF-16 text but has an odd number of bytes.</source>
        <translation>The file starts like UTF-16 text but has an odd number of bytes.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but contains invalid characters.</source>
        <translation>The file starts like UTF-16 text but contains invalid characters.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 (GBK) text: the byte at offset %1 is not valid. Save it again as CSV UTF-8.</source>
        <translation>The file is neither UTF-8 nor GB18030 (GBK) text: the byte at offset %1 is not valid. Save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is GB18030 (GBK) text with an unknown character at byte offset %1.</source>
        <translation>The file is GB18030 (GBK) text with an unknown character at byte offset %1.</translation>
    </message>
    <message>
        <source>The file is GB18030 (GBK) text with an unknown character.</source>
        <translation>The file is GB18030 (GBK) text with an unknown character.</translation>
    </message>
    <message>
        <source>The file is marked as UTF-8 but the byte at offset %1 is not valid UTF-8.</source>
        <translation>The file is marked as UTF-8 but the byte at offset %1 is not valid UTF-8.</translation>
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
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
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
<context>
    <name>XlsxReader</name>
    <message>
        <source>The Excel workbook is damaged and cannot be read. Open it in Excel or WPS and save it again.</source>
        <translation>The Excel workbook is damaged and cannot be read. Open it in Excel or WPS and save it again.</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>The workbook has no part %1.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Remove the password in Excel or WPS and import it again.</source>
        <translation>The workbook is protected by a password. Remove the password in Excel or WPS and import it again.</translation>
    </message>
    <message>
        <source>The file is in the old binary Excel format (.xls), which cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>The file is in the old binary Excel format (.xls), which cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file is not an Excel .xlsx workbook.</source>
        <translation>The file is not an Excel .xlsx workbook.</translation>
    </message>
    <message>
        <source>The Excel workbook has no worksheet.</source>
        <translation>The Excel workbook has no worksheet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>The file %1 cannot be opened.</translation>
    </message>
</context>
</TS>
