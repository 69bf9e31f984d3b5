-- Cases (issue 5): the case engine's tables and the listings a listing case puts in force. Same
-- conventions as 0001: times are UTC ISO 8601 text, dates YYYY-MM-DD text, booleans 0/1. A case row is
-- changed only by conditional updates on its version; its timeline and evidence are append-only.

-- The last case number given per year and case type, allocated in the transaction that creates the
-- case, so a failed creation gives its number back and the numbers have no gaps.
CREATE TABLE case_sequences (
    year INTEGER NOT NULL,
    case_type TEXT NOT NULL,
    last_no INTEGER NOT NULL CHECK (last_no > 0),
    PRIMARY KEY (year, case_type)
);

-- One case. facts, the lenient-handling flags and the decision on them are the listing draft (see
-- core/workflow/ListingDraft.h); decided_on is the date of the decision the listing period runs from.
CREATE TABLE cases (
    id @ID@,
    number TEXT NOT NULL UNIQUE,
    case_type TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    subject_id BIGINT NOT NULL REFERENCES subjects (id),
    list_domain_id BIGINT REFERENCES list_domains (id),
    assignee TEXT NOT NULL,
    state TEXT NOT NULL,
    facts TEXT NOT NULL DEFAULT '',
    lenient_minor INTEGER NOT NULL DEFAULT 0,
    lenient_force_majeure INTEGER NOT NULL DEFAULT 0,
    lenient_minor_conduct INTEGER NOT NULL DEFAULT 0,
    lenient_reason TEXT NOT NULL DEFAULT '',
    lenient_decision TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_type, year, seq)
);
CREATE INDEX cases_state ON cases (case_type, state);
CREATE INDEX cases_subject ON cases (subject_id);
CREATE INDEX cases_assignee ON cases (assignee);

-- The credit records a listing rests on, and the measures it proposes (the measure version cited).
CREATE TABLE case_records (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    record_id BIGINT NOT NULL REFERENCES credit_records (id),
    PRIMARY KEY (case_id, record_id)
);
CREATE TABLE case_measures (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    position INTEGER NOT NULL,
    measure_id BIGINT NOT NULL REFERENCES measures (id),
    PRIMARY KEY (case_id, position)
);

-- Every event of a case, in order: who, when, which transition, the note or reply given.
CREATE TABLE case_events (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    at TEXT NOT NULL,
    user_login TEXT NOT NULL,
    user_name TEXT NOT NULL,
    event TEXT NOT NULL,
    from_state TEXT NOT NULL DEFAULT '',
    to_state TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_case ON case_events (case_id, id);

-- A deadline runs from start_date for `amount` working days, calendar days or months (counting). due_date
-- is computed from the calendar unless an officer extended it (extended_due, with a reason); status goes
-- from 'running' to 'met' (the action it waits for happened) or 'closed' (the case went another way).
CREATE TABLE case_deadlines (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    start_date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    counting TEXT NOT NULL CHECK (counting IN ('working', 'calendar', 'months')),
    due_date TEXT NOT NULL,
    provisional INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'met', 'closed')),
    ended_on TEXT,
    extension_reason TEXT,
    extended_by TEXT,
    extended_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_deadlines_case ON case_deadlines (case_id);
CREATE INDEX case_deadlines_due ON case_deadlines (status, due_date);

-- Evidence files, stored whole with their SHA-256. Never changed or deleted after upload.
CREATE TABLE case_attachments (
    id @ID@,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    name TEXT NOT NULL,
    size BIGINT NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    content @BLOB@ NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX case_attachments_case ON case_attachments (case_id);

-- A subject on a serious-dishonesty list through a listing case: from the decision date until the end
-- of the domain's period, or until removed (removed_on, with the ground of removal).
CREATE TABLE case_listings (
    case_id BIGINT PRIMARY KEY REFERENCES cases (id),
    subject_id BIGINT NOT NULL REFERENCES subjects (id),
    list_domain_id BIGINT NOT NULL REFERENCES list_domains (id),
    listed_from TEXT NOT NULL,
    listed_until TEXT NOT NULL,
    removed_on TEXT,
    removal_ground TEXT
);
CREATE INDEX case_listings_subject ON case_listings (subject_id);

-- What the documents of a case print for the office (the contact is the assigned officer).
INSERT INTO settings (key, value) VALUES ('documents.reconsideration_authority', '庐山市人民政府');
INSERT INTO settings (key, value) VALUES ('documents.court', '庐山市人民法院');
INSERT INTO settings (key, value) VALUES ('documents.contact_phone', '0792-0000000');
INSERT INTO settings (key, value) VALUES ('documents.contact_address', '庐山市某某路1号');

-- @sqlite
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;
CREATE TRIGGER case_attachments_no_update BEFORE UPDATE ON case_attachments
BEGIN
    SELECT RAISE(ABORT, 'an uploaded attachment cannot be changed');
END;
CREATE TRIGGER case_attachments_no_delete BEFORE DELETE ON case_attachments
BEGIN
    SELECT RAISE(ABORT, 'an uploaded attachment cannot be deleted');
END;
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
BEGIN
    SELECT RAISE(ABORT, 'cases are never deleted');
END;
-- @end
-- @postgresql
CREATE FUNCTION cases_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION cases_append_only();
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
    FOR EACH STATEMENT EXECUTE FUNCTION cases_append_only();
CREATE TRIGGER case_attachments_no_change BEFORE UPDATE OR DELETE ON case_attachments
    FOR EACH ROW EXECUTE FUNCTION cases_append_only();
CREATE TRIGGER case_attachments_no_truncate BEFORE TRUNCATE ON case_attachments
    FOR EACH STATEMENT EXECUTE FUNCTION cases_append_only();
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION cases_append_only();
-- @end
