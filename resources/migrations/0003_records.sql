-- Credit subjects and credit records (issue 4): the registry the departments' decisions are collected
-- into, and the record of every import. Same conventions as 0001: dates are YYYY-MM-DD text, times
-- UTC ISO 8601 text, BIGINT foreign keys.

-- One subject per identity code: 统一社会信用代码 for organisations and 个体工商户, 公民身份号码 (or
-- another certificate) for a natural person. name_search is the name as the filter box compares it
-- (see SubjectNames::searchKey); the lists never search the display name.
CREATE TABLE subjects (
    id @ID@,
    kind TEXT NOT NULL CHECK (kind IN ('legal_person', 'unincorporated', 'individual_business', 'natural_person')),
    id_type TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    name_search TEXT NOT NULL,
    legal_representative TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    registering_authority TEXT NOT NULL DEFAULT '',
    department_id BIGINT REFERENCES departments (id),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged')),
    merged_into BIGINT REFERENCES subjects (id),
    created_at TEXT NOT NULL DEFAULT @NOW@,
    version INTEGER NOT NULL DEFAULT 1
);

-- Code prefixes are looked up as ranges (code >= 'P' AND code < 'P' || U+FFFF), which only an index
-- in code-point order answers: the default collation of a PostgreSQL database is the locale's.
-- @postgresql
ALTER TABLE subjects ALTER COLUMN code TYPE TEXT COLLATE "C";
ALTER TABLE subjects ALTER COLUMN name_search TYPE TEXT COLLATE "C";
-- @end
CREATE UNIQUE INDEX subjects_code ON subjects (code, id_type);
CREATE INDEX subjects_name_search ON subjects (name_search);

-- Every pair of neighbouring characters of each name_search (SubjectNames::grams), so that a name
-- filter finds its few subjects without reading a million names; see RecordList::planName.
-- @sqlite
CREATE TABLE subject_name_grams (
    gram TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    PRIMARY KEY (gram, subject_id)
) WITHOUT ROWID;
-- @end
-- @postgresql
CREATE TABLE subject_name_grams (
    gram TEXT COLLATE "C" NOT NULL,
    subject_id BIGINT NOT NULL,
    PRIMARY KEY (gram, subject_id)
);
-- @end

-- Each file a department sent, whether it was imported or refused (a dry run is not recorded).
CREATE TABLE record_imports (
    id @ID@,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    department_id BIGINT NOT NULL REFERENCES departments (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'refused')),
    rows_total INTEGER NOT NULL DEFAULT 0,
    accepted INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    user_login TEXT NOT NULL,
    imported_at TEXT NOT NULL DEFAULT @NOW@
);

-- One record per fact. The catalog item is the version in force when the record was collected; the
-- rule profile is the one in force on the decision date, and repairable_from / publish_until are
-- computed from it once (a later profile does not move them). amount_fen is the fine in 分
-- (1 万元 = 1,000,000 分), so no decimal is ever rounded.
CREATE TABLE credit_records (
    id @ID@,
    subject_id BIGINT NOT NULL REFERENCES subjects (id),
    catalog_item_id BIGINT NOT NULL REFERENCES catalog_items (id),
    source_department_id BIGINT NOT NULL REFERENCES departments (id),
    decision_number TEXT NOT NULL,
    authority TEXT NOT NULL,
    facts TEXT NOT NULL,
    basis TEXT NOT NULL,
    content TEXT NOT NULL,
    violation_type TEXT NOT NULL DEFAULT '',
    penalty_kind TEXT NOT NULL DEFAULT '',
    amount_fen BIGINT,
    tier TEXT NOT NULL CHECK (tier IN ('minor', 'general', 'serious')),
    decision_date TEXT NOT NULL,
    rule_profile_id BIGINT NOT NULL REFERENCES rule_profiles (id),
    repairable_from TEXT NOT NULL,
    publish_until TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'publishing'
        CHECK (status IN ('publishing', 'objection', 'repaired', 'expired', 'revoked')),
    note TEXT NOT NULL DEFAULT '',
    import_id BIGINT REFERENCES record_imports (id),
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT @NOW@,
    version INTEGER NOT NULL DEFAULT 1
);

-- Re-importing a file is safe: the same authority, decision number and subject is the same fact.
CREATE UNIQUE INDEX credit_records_fact ON credit_records (authority, decision_number, subject_id);
-- By subject and date: the records of the subjects a name filter found are sorted by decision date
-- from the index alone, reading only the rows of the page shown.
CREATE INDEX credit_records_subject ON credit_records (subject_id, decision_date);
CREATE INDEX credit_records_decision_date ON credit_records (decision_date);
CREATE INDEX credit_records_expiry ON credit_records (status, publish_until);
-- No index on department, catalog item or import: each has a handful of values, so a list filtered by
-- one of them walks the decision-date index anyway, and every index costs each imported row.

-- Records are revoked or merged, never deleted.
-- @sqlite
CREATE TRIGGER credit_records_no_delete BEFORE DELETE ON credit_records
BEGIN
    SELECT RAISE(ABORT, 'credit records are never deleted');
END;
CREATE TRIGGER subjects_no_delete BEFORE DELETE ON subjects
BEGIN
    SELECT RAISE(ABORT, 'subjects are never deleted');
END;
-- @end
-- @postgresql
CREATE FUNCTION registry_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER credit_records_no_delete BEFORE DELETE ON credit_records
    FOR EACH ROW EXECUTE FUNCTION registry_no_delete();
CREATE TRIGGER subjects_no_delete BEFORE DELETE ON subjects
    FOR EACH ROW EXECUTE FUNCTION registry_no_delete();
-- @end

-- The history of one subject or record is read from the audit trail.
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
