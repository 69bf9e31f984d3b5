-- What each issued document says (issue 5), so it can be painted again on a printer: the PDF in
-- documents is the record and what verification checks, but a printer cannot be fed PDF bytes. content is
-- the DocumentContent that was rendered into that PDF, as JSON (core/documents/DocumentContentJson.h),
-- number, date, verification code and QR payload included. Written in the transaction that issues the
-- document and never changed, like the document itself. Documents issued before this migration have no
-- row: they can still be saved and verified, not re-printed.

CREATE TABLE document_contents (
    document_id BIGINT PRIMARY KEY REFERENCES documents (id),
    content TEXT NOT NULL
);

-- @sqlite
CREATE TRIGGER document_contents_no_update BEFORE UPDATE ON document_contents
BEGIN
    SELECT RAISE(ABORT, 'the content of an issued document cannot be changed');
END;
CREATE TRIGGER document_contents_no_delete BEFORE DELETE ON document_contents
BEGIN
    SELECT RAISE(ABORT, 'the content of an issued document cannot be deleted');
END;
-- @end
-- @postgresql
-- documents_append_only() comes from 0004.
CREATE TRIGGER document_contents_no_change BEFORE UPDATE OR DELETE ON document_contents
    FOR EACH ROW EXECUTE FUNCTION documents_append_only();
CREATE TRIGGER document_contents_no_truncate BEFORE TRUNCATE ON document_contents
    FOR EACH STATEMENT EXECUTE FUNCTION documents_append_only();
-- @end
