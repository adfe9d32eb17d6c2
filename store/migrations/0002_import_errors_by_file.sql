-- 0002: import_errors keyed by file path, not by content: two files that
-- fail with the same bytes keep a row each. sha256 is '' for a file that
-- could not be read (0001 wrote 'path:FILE' there).

CREATE TABLE import_errors_by_file (
    id           INTEGER PRIMARY KEY,
    file         TEXT    NOT NULL UNIQUE,
    sha256       TEXT    NOT NULL,                 -- of the bytes; '' when unread
    exit_code    INTEGER,                          -- the extractor's, when it exited
    reason       TEXT    NOT NULL,
    attempted_at TEXT    NOT NULL                  -- RFC 3339, UTC
);

INSERT INTO import_errors_by_file (file, sha256, exit_code, reason, attempted_at)
SELECT file, CASE WHEN sha256 LIKE 'path:%' THEN '' ELSE sha256 END,
       exit_code, reason, attempted_at
FROM import_errors WHERE true ORDER BY id
ON CONFLICT (file) DO UPDATE SET sha256 = excluded.sha256,
    exit_code = excluded.exit_code, reason = excluded.reason,
    attempted_at = excluded.attempted_at;

DROP TABLE import_errors;
ALTER TABLE import_errors_by_file RENAME TO import_errors;
CREATE INDEX import_errors_sha256 ON import_errors (sha256);
