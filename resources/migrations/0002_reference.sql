-- Reference data (issue 3): legal bases, the public credit information catalog, the punishment
-- measures list, the serious-dishonesty list domains, rule profiles by effective date and the
-- clean-up register. Same conventions as 0001: dates are YYYY-MM-DD text, booleans 0/1, BIGINT
-- foreign keys. Catalog items and measures are versioned by rows and never deleted (a change is a
-- new row in force from a date; the old row gets effective_until = that date - 1 day).

CREATE TABLE legal_bases (
    id @ID@,
    code TEXT NOT NULL UNIQUE, -- stable short key, cited by the seed files
    title TEXT NOT NULL,
    doc_number TEXT NOT NULL DEFAULT '',
    articles TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL CHECK (level IN ('law', 'admin_regulation', 'department_rule', 'central_policy',
                                         'local_regulation', 'local_government_rule', 'normative_document')),
    issuer TEXT NOT NULL DEFAULT '',
    in_force_from TEXT NOT NULL,
    in_force_until TEXT,
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

-- The classes of the national catalog (13, 2024 edition) and of the national measures list (3, 2021
-- edition). Names are data: some are UNCONFIRMED (docs/regulations.md §5) and may be corrected.
CREATE TABLE reference_classes (
    list_kind TEXT NOT NULL CHECK (list_kind IN ('catalog', 'measures')),
    class_no INTEGER NOT NULL,
    name TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (list_kind, class_no)
);

CREATE TABLE catalog_items (
    id @ID@,
    item_key TEXT NOT NULL,
    version_no INTEGER NOT NULL,
    class_no INTEGER NOT NULL CHECK (class_no BETWEEN 1 AND 13),
    name TEXT NOT NULL,
    conduct TEXT NOT NULL DEFAULT '',
    subject_kinds TEXT NOT NULL, -- csv of legal_person, unincorporated, individual_business, natural_person
    disclosure TEXT NOT NULL CHECK (disclosure IN ('public', 'shared', 'authorised_query')),
    sharing_scope TEXT NOT NULL DEFAULT '',
    source_department TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    update_frequency TEXT NOT NULL DEFAULT '',
    disclosure_period TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL CHECK (scope IN ('national', 'local')),
    effective_from TEXT NOT NULL,
    effective_until TEXT,
    status TEXT NOT NULL DEFAULT 'in_force' CHECK (status IN ('in_force', 'abolished')),
    changed_at TEXT NOT NULL DEFAULT @NOW@,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (item_key, version_no)
);

CREATE TABLE catalog_item_bases (
    item_id BIGINT NOT NULL REFERENCES catalog_items (id),
    basis_id BIGINT NOT NULL REFERENCES legal_bases (id),
    PRIMARY KEY (item_id, basis_id)
);

-- Facts a measure may follow from, besides a list membership. Records themselves come later; a credit
-- score is deliberately not a kind of record (49号: no punishment because of a low credit score).
CREATE TABLE record_kinds (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE list_domains (
    id @ID@,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    deciding_authority TEXT NOT NULL,
    conduct_category INTEGER NOT NULL CHECK (conduct_category BETWEEN 1 AND 4),
    listing_period_months INTEGER NOT NULL CHECK (listing_period_months > 0),
    early_removal_rule TEXT NOT NULL DEFAULT '',
    statement_workdays INTEGER NOT NULL CHECK (statement_workdays >= 0),
    objection_decision_workdays INTEGER NOT NULL CHECK (objection_decision_workdays > 0),
    scope TEXT NOT NULL CHECK (scope IN ('national', 'local')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_force', 'repealed')),
    effective_from TEXT,
    effective_until TEXT,
    unconfirmed TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE list_domain_bases (
    domain_id BIGINT NOT NULL REFERENCES list_domains (id),
    basis_id BIGINT NOT NULL REFERENCES legal_bases (id),
    PRIMARY KEY (domain_id, basis_id)
);

CREATE TABLE measures (
    id @ID@,
    measure_key TEXT NOT NULL,
    version_no INTEGER NOT NULL,
    class_no INTEGER NOT NULL CHECK (class_no BETWEEN 1 AND 3),
    name TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    implementing_department TEXT NOT NULL DEFAULT '',
    subject_kinds TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('national', 'local')),
    effective_from TEXT NOT NULL,
    effective_until TEXT,
    status TEXT NOT NULL DEFAULT 'in_force' CHECK (status IN ('in_force', 'abolished')),
    changed_at TEXT NOT NULL DEFAULT @NOW@,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (measure_key, version_no)
);

CREATE TABLE measure_bases (
    measure_id BIGINT NOT NULL REFERENCES measures (id),
    basis_id BIGINT NOT NULL REFERENCES legal_bases (id),
    PRIMARY KEY (measure_id, basis_id)
);

-- What a measure follows from: exactly one list domain or one record kind per row. There is no
-- column through which a measure could follow from a credit score.
CREATE TABLE measure_follows (
    measure_id BIGINT NOT NULL REFERENCES measures (id),
    list_domain_code TEXT REFERENCES list_domains (code),
    record_kind TEXT REFERENCES record_kinds (code),
    CHECK ((list_domain_code IS NULL) <> (record_kind IS NULL))
);
CREATE UNIQUE INDEX measure_follows_one ON measure_follows (measure_id, COALESCE(list_domain_code, ''),
                                                            COALESCE(record_kind, ''));

-- The measures a listing in each domain triggers: a view over measure_follows, so there is one truth.
CREATE VIEW list_domain_measures AS
SELECT DISTINCT d.id AS domain_id, m.measure_key
FROM measure_follows f
JOIN measures m ON m.id = f.measure_id
JOIN list_domains d ON d.code = f.list_domain_code;

-- Publication periods, repair conditions and deadlines by effective date (docs/regulations.md sections 2-3).
-- Months are NULL where the rule set publishes no such tier. Each deadline has its own day kind.
CREATE TABLE rule_profiles (
    id @ID@,
    name TEXT NOT NULL UNIQUE,
    basis TEXT NOT NULL DEFAULT '',
    effective_from TEXT NOT NULL UNIQUE,
    effective_until TEXT,
    minor_min_months INTEGER,
    minor_max_months INTEGER,
    general_min_months INTEGER,
    general_max_months INTEGER,
    serious_min_months INTEGER,
    serious_max_months INTEGER,
    repair_conditions TEXT NOT NULL DEFAULT '',
    notice_statement_days INTEGER NOT NULL,
    notice_statement_kind TEXT NOT NULL CHECK (notice_statement_kind IN ('working', 'calendar')),
    objection_mark_days INTEGER NOT NULL,
    objection_mark_kind TEXT NOT NULL CHECK (objection_mark_kind IN ('working', 'calendar')),
    objection_decide_days INTEGER NOT NULL,
    objection_decide_kind TEXT NOT NULL CHECK (objection_decide_kind IN ('working', 'calendar')),
    repair_accept_days INTEGER NOT NULL,
    repair_accept_kind TEXT NOT NULL CHECK (repair_accept_kind IN ('working', 'calendar')),
    repair_decide_days INTEGER NOT NULL,
    repair_decide_kind TEXT NOT NULL CHECK (repair_decide_kind IN ('working', 'calendar')),
    repeat_limit_enabled INTEGER NOT NULL DEFAULT 0,
    repeat_min_gap_months INTEGER NOT NULL DEFAULT 12,
    repeat_max_count INTEGER NOT NULL DEFAULT 2,
    repeat_window_years INTEGER NOT NULL DEFAULT 5,
    unconfirmed TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

-- 清理规范: documents that add catalog items, lists, measures or repair rules, under review.
CREATE TABLE cleanup_documents (
    id @ID@,
    title TEXT NOT NULL,
    doc_number TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    provides TEXT NOT NULL DEFAULT '', -- csv of catalog_items, lists, measures, repair_rules
    decision TEXT NOT NULL DEFAULT 'pending'
        CHECK (decision IN ('pending', 'keep', 'revise', 'abolish', 'legislate')),
    reason TEXT NOT NULL DEFAULT '',
    responsible_department TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    progress TEXT NOT NULL DEFAULT '',
    completed_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);

-- Abolished, never deleted: old records keep pointing at the version they were collected under.
-- @sqlite
CREATE TRIGGER catalog_items_no_delete BEFORE DELETE ON catalog_items
BEGIN
    SELECT RAISE(ABORT, 'catalog items are abolished, never deleted');
END;
CREATE TRIGGER measures_no_delete BEFORE DELETE ON measures
BEGIN
    SELECT RAISE(ABORT, 'measures are abolished, never deleted');
END;
-- @end
-- @postgresql
CREATE FUNCTION reference_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are abolished, never deleted', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER catalog_items_no_delete BEFORE DELETE ON catalog_items
    FOR EACH ROW EXECUTE FUNCTION reference_no_delete();
CREATE TRIGGER measures_no_delete BEFORE DELETE ON measures
    FOR EACH ROW EXECUTE FUNCTION reference_no_delete();
-- @end
