-- 0001: the budgetpdf/v1 document model as plain tables.
-- Every child row cascades from its document, so deleting a document
-- (import --force) removes it whole.

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    file            TEXT    NOT NULL,              -- path as given to import
    sha256          TEXT    NOT NULL UNIQUE,       -- of the file's bytes; the import key
    pages           INTEGER NOT NULL,
    producer        TEXT    NOT NULL DEFAULT '',
    unit_code       TEXT    NOT NULL DEFAULT '',   -- 6-digit code, '' when not printed
    unit            TEXT    NOT NULL,              -- publishing unit (单位) name
    year            INTEGER NOT NULL,              -- 0 when unknown
    money_unit      TEXT    NOT NULL DEFAULT '',   -- 万元 / 元
    department_goal TEXT,                          -- NULL when there is no department table
    schema          TEXT    NOT NULL,              -- budgetpdf/v1
    status          TEXT    NOT NULL CHECK (status IN ('ok', 'warnings')),
    imported_at     TEXT    NOT NULL,              -- RFC 3339, UTC
    json            TEXT    NOT NULL               -- the whole document as extracted
);
CREATE INDEX documents_unit_year ON documents (unit, year);

CREATE TABLE sections (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,                  -- 0-based reading order
    heading     TEXT    NOT NULL,                  -- last element of path
    path        TEXT    NOT NULL,                  -- JSON array of headings
    depth       INTEGER NOT NULL,                  -- number of headings in path
    text        TEXT    NOT NULL,
    page        INTEGER NOT NULL,
    UNIQUE (document_id, seq)
);

CREATE TABLE projects (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    code          TEXT    NOT NULL DEFAULT '',
    name          TEXT    NOT NULL,
    budget_total  REAL,                            -- NULL = blank cell
    budget_fiscal REAL,
    budget_other  REAL,
    purpose       TEXT    NOT NULL DEFAULT '',
    goal          TEXT    NOT NULL DEFAULT '',
    pages         TEXT    NOT NULL DEFAULT '[]',   -- JSON array of page numbers
    first_page    INTEGER,                         -- NULL when pages is empty
    UNIQUE (document_id, seq)
);

CREATE TABLE plan (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    period     TEXT    NOT NULL,
    value      REAL,
    UNIQUE (project_id, seq)
);

CREATE TABLE indicators (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    project_id  INTEGER REFERENCES projects (id) ON DELETE CASCADE, -- NULL = department table
    seq         INTEGER NOT NULL,                  -- order within its table
    level1      TEXT    NOT NULL DEFAULT '',
    level2      TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    target      TEXT    NOT NULL DEFAULT '',       -- as printed
    op          TEXT    NOT NULL DEFAULT '',       -- ≥ ≤ > < = or ''
    value       REAL,                              -- NULL for a qualitative target
    unit        TEXT    NOT NULL DEFAULT '',       -- of value
    basis       TEXT    NOT NULL DEFAULT '',
    extra       TEXT    NOT NULL DEFAULT '{}',     -- JSON object: header -> cell text
    page        INTEGER NOT NULL
);
CREATE INDEX indicators_document ON indicators (document_id);
CREATE INDEX indicators_project ON indicators (project_id);

CREATE TABLE tables (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    page        INTEGER NOT NULL,
    title       TEXT    NOT NULL DEFAULT '',
    row_count   INTEGER NOT NULL,
    UNIQUE (document_id, seq)
);

CREATE TABLE cells (
    table_id INTEGER NOT NULL REFERENCES tables (id) ON DELETE CASCADE,
    page     INTEGER NOT NULL,                     -- the table fragment's page
    row      INTEGER NOT NULL,                     -- 0-based
    col      INTEGER NOT NULL,                     -- 0-based
    text     TEXT    NOT NULL,                     -- '' where a merged cell extends
    PRIMARY KEY (table_id, row, col)
) WITHOUT ROWID;

CREATE TABLE warnings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page        INTEGER NOT NULL,
    code        TEXT    NOT NULL,
    message     TEXT    NOT NULL
);
CREATE INDEX warnings_document ON warnings (document_id);

-- Files that could not be imported, one row per file content.
CREATE TABLE import_errors (
    id           INTEGER PRIMARY KEY,
    file         TEXT    NOT NULL,
    sha256       TEXT    NOT NULL UNIQUE,
    exit_code    INTEGER,                          -- the extractor's, when it exited
    reason       TEXT    NOT NULL,
    attempted_at TEXT    NOT NULL                  -- RFC 3339, UTC
);

-- One row per indicator with its document and project, for spreadsheets.
CREATE VIEW indicator_rows AS
SELECT
    i.id                 AS indicator_id,
    d.id                 AS document_id,
    d.file               AS file,
    d.unit_code          AS unit_code,
    d.unit               AS unit,
    d.year               AS year,
    d.money_unit         AS money_unit,
    CASE WHEN i.project_id IS NULL THEN 'department' ELSE 'project' END AS kind,
    p.code               AS project_code,
    p.name               AS project,
    p.budget_total       AS budget_total,
    p.budget_fiscal      AS budget_fiscal,
    p.budget_other       AS budget_other,
    i.seq                AS indicator_seq,
    i.level1             AS level1,
    i.level2             AS level2,
    i.name               AS indicator,
    i.description        AS description,
    i.target             AS target,
    i.op                 AS op,
    i.value              AS value,
    i.unit               AS value_unit,
    i.basis              AS basis,
    i.extra              AS extra,
    i.page               AS page
FROM indicators i
JOIN documents d ON d.id = i.document_id
LEFT JOIN projects p ON p.id = i.project_id;

-- sqlite only (PostgreSQL: postgres/0001_search.sql)
-- Full-text index over gse tokens (see docs/schema.md). tokens holds the
-- space-joined search tokens of text; kind is section / project / indicator;
-- ref_id is the row id in that table.
CREATE VIRTUAL TABLE search USING fts5 (
    tokens,
    text UNINDEXED,
    kind UNINDEXED,
    ref_id UNINDEXED,
    document_id UNINDEXED,
    page UNINDEXED,
    tokenize = 'unicode61'
);
-- end sqlite only
