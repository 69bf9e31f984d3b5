-- Official documents (issue 5): number sequences, issued documents with their PDF, and the templates the
-- system administrator keeps. Same conventions as 0001: times are UTC ISO 8601 text, dates YYYY-MM-DD
-- text. An issued document never changes: only its status may go once from 'issued' to 'voided', and a
-- voided document keeps its number.

-- The last number given per year and kind. Allocated inside the transaction that stores the document, so
-- a failed issue gives its number back and the sequence has no gaps.
CREATE TABLE document_sequences (
    year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    last_no INTEGER NOT NULL CHECK (last_no > 0),
    PRIMARY KEY (year, kind)
);

CREATE TABLE documents (
    id @ID@,
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('notice', 'decision', 'repair-notice', 'removal')),
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    case_id BIGINT, -- the case that issued it; cases come with the case engine, hence no foreign key yet
    subject TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    template_version INTEGER,
    pages INTEGER NOT NULL,
    pdf @BLOB@ NOT NULL,
    sha256 TEXT NOT NULL,
    verification_code TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'voided')),
    void_reason TEXT,
    voided_by TEXT,
    voided_at TEXT,
    UNIQUE (kind, year, seq)
);
CREATE INDEX documents_case ON documents (case_id);
CREATE INDEX documents_sha256 ON documents (sha256);

-- Every saved template is a new version; the highest version of a kind is the one in use.
CREATE TABLE document_templates (
    id @ID@,
    kind TEXT NOT NULL CHECK (kind IN ('notice', 'decision', 'repair-notice', 'removal')),
    version_no INTEGER NOT NULL CHECK (version_no > 0),
    title TEXT NOT NULL,
    addressee TEXT NOT NULL,
    body TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    saved_by TEXT NOT NULL,
    saved_at TEXT NOT NULL DEFAULT @NOW@,
    UNIQUE (kind, version_no)
);

INSERT INTO settings (key, value) VALUES ('documents.agency_short_name', '庐信用办');

-- @sqlite
CREATE TRIGGER documents_immutable BEFORE UPDATE OF id, number, kind, year, seq, case_id, subject, title,
    template_version, pages, pdf, sha256, verification_code, issued_by, issued_at ON documents
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;
CREATE TRIGGER documents_void_once BEFORE UPDATE ON documents WHEN OLD.status = 'voided'
BEGIN
    SELECT RAISE(ABORT, 'a voided document cannot be changed');
END;
CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be deleted');
END;
CREATE TRIGGER document_templates_no_update BEFORE UPDATE ON document_templates
BEGIN
    SELECT RAISE(ABORT, 'a saved template version cannot be changed');
END;
CREATE TRIGGER document_templates_no_delete BEFORE DELETE ON document_templates
BEGIN
    SELECT RAISE(ABORT, 'a saved template version cannot be deleted');
END;
-- @end
-- @postgresql
CREATE FUNCTION documents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'an issued document cannot be deleted';
    END IF;
    IF OLD.status = 'voided' THEN
        RAISE EXCEPTION 'a voided document cannot be changed';
    END IF;
    IF (NEW.id, NEW.number, NEW.kind, NEW.year, NEW.seq, NEW.case_id, NEW.subject, NEW.title, NEW.template_version,
        NEW.pages, NEW.pdf, NEW.sha256, NEW.verification_code, NEW.issued_by, NEW.issued_at)
       IS DISTINCT FROM
       (OLD.id, OLD.number, OLD.kind, OLD.year, OLD.seq, OLD.case_id, OLD.subject, OLD.title, OLD.template_version,
        OLD.pages, OLD.pdf, OLD.sha256, OLD.verification_code, OLD.issued_by, OLD.issued_at) THEN
        RAISE EXCEPTION 'an issued document cannot be changed';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER documents_immutable BEFORE UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_immutable();
CREATE FUNCTION documents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION documents_append_only();
CREATE TRIGGER document_templates_no_change BEFORE UPDATE OR DELETE ON document_templates
    FOR EACH ROW EXECUTE FUNCTION documents_append_only();
CREATE TRIGGER document_templates_no_truncate BEFORE TRUNCATE ON document_templates
    FOR EACH STATEMENT EXECUTE FUNCTION documents_append_only();
-- @end
