-- Case types as slices (issue 11): what only a listing case holds moves out of the generic cases table
-- into case_listing, one row per listing case, keeping every value. The generic case keeps its number,
-- subject, officer, state, version and decided_on (every case type ends in a dated decision the engine's
-- deadlines may run from). Not to be confused with case_listings (0005): the listings a decided case put
-- in force. case_measures keeps its name; it was always the listing's.

CREATE TABLE case_listing (
    case_id BIGINT PRIMARY KEY REFERENCES cases (id),
    list_domain_id BIGINT REFERENCES list_domains (id),
    facts TEXT NOT NULL DEFAULT '',
    lenient_minor INTEGER NOT NULL DEFAULT 0,
    lenient_force_majeure INTEGER NOT NULL DEFAULT 0,
    lenient_minor_conduct INTEGER NOT NULL DEFAULT 0,
    lenient_reason TEXT NOT NULL DEFAULT '',
    lenient_decision TEXT NOT NULL DEFAULT ''
);

INSERT INTO case_listing (case_id, list_domain_id, facts, lenient_minor, lenient_force_majeure,
                          lenient_minor_conduct, lenient_reason, lenient_decision)
SELECT id, list_domain_id, facts, lenient_minor, lenient_force_majeure, lenient_minor_conduct, lenient_reason,
       lenient_decision
FROM cases WHERE case_type = 'listing';

-- @postgresql
ALTER TABLE cases DROP COLUMN list_domain_id, DROP COLUMN facts, DROP COLUMN lenient_minor,
    DROP COLUMN lenient_force_majeure, DROP COLUMN lenient_minor_conduct, DROP COLUMN lenient_reason,
    DROP COLUMN lenient_decision;
-- @end

-- @sqlite
-- SQLite cannot drop a column that references another table: the table is rebuilt the way SQLite's
-- ALTER TABLE documentation describes (the migrator runs with foreign keys off and checks them all before
-- it commits). The rows keep their ids, so the timeline, deadlines, files, documents and listings that
-- point at them stay joined.
CREATE TABLE cases_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    case_type TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    subject_id BIGINT NOT NULL REFERENCES subjects (id),
    assignee TEXT NOT NULL,
    state TEXT NOT NULL,
    decided_on TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_type, year, seq)
);
INSERT INTO cases_rebuilt (id, number, case_type, year, seq, subject_id, assignee, state, decided_on, created_by,
                           created_at, updated_at, version)
SELECT id, number, case_type, year, seq, subject_id, assignee, state, decided_on, created_by, created_at,
       updated_at, version
FROM cases;
DROP TABLE cases;
ALTER TABLE cases_rebuilt RENAME TO cases;
CREATE INDEX cases_state ON cases (case_type, state);
CREATE INDEX cases_subject ON cases (subject_id);
CREATE INDEX cases_assignee ON cases (assignee);
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
BEGIN
    SELECT RAISE(ABORT, 'cases are never deleted');
END;
-- @end

-- @sqlite
CREATE TRIGGER case_listing_no_delete BEFORE DELETE ON case_listing
BEGIN
    SELECT RAISE(ABORT, 'cases are never deleted');
END;
-- @end
-- @postgresql
CREATE TRIGGER case_listing_no_delete BEFORE DELETE ON case_listing
    FOR EACH ROW EXECUTE FUNCTION cases_append_only();
-- @end
