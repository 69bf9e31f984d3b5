-- Foundation: departments, users and roles, policy settings, the working-day calendar, the audit chain.
-- Written once for SQLite and PostgreSQL (see Migrator::statements). Times are UTC ISO 8601 text,
-- dates are YYYY-MM-DD text, booleans are 0/1: the same repository code then runs on both engines.

CREATE TABLE departments (
    id @ID@,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    is_credit_office INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id @ID@,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    department_id BIGINT NOT NULL REFERENCES departments (id),
    password_hash TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    password_changed_at TEXT,
    last_sign_in_at TEXT,
    created_at TEXT NOT NULL DEFAULT @NOW@,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('officer', 'reviewer', 'approver', 'sysadmin', 'secadmin', 'auditadmin')),
    PRIMARY KEY (user_id, role)
);

-- Policy values an administrator can change (security numbers of docs/regulations.md §10 and others).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

INSERT INTO settings (key, value) VALUES ('security.password_min_length', '8');
INSERT INTO settings (key, value) VALUES ('security.password_min_classes', '3');
INSERT INTO settings (key, value) VALUES ('security.lockout_attempts', '5');
INSERT INTO settings (key, value) VALUES ('security.lockout_minutes', '10');
INSERT INTO settings (key, value) VALUES ('security.idle_lock_minutes', '15');

CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

-- Exceptions to the Monday-to-Friday rule in a loaded year: holidays ('off') and make-up days ('work').
CREATE TABLE calendar_days (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    name TEXT NOT NULL DEFAULT ''
);

-- Append-only. Each row's hash is SHA-256 over the previous row's hash and its own content; seq is
-- assigned by the writer without gaps, and audit_head remembers the last row, so a changed, deleted or
-- cut-off row is found by walking the chain.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    user_login TEXT NOT NULL,
    department TEXT NOT NULL,
    event TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    success INTEGER NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- @end
-- @postgresql
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
-- @end
