-- 0004: the standard budget tables as typed lines, and the checks run on
-- them (package budget). One budget_lines row per printed row and amount
-- column: amount is NULL where the cell is blank, never 0. 0003 is left to
-- another change; see docs/schema.md for the numbering.

CREATE TABLE budget_tables (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,                  -- 0-based order in the document
    kind        TEXT    NOT NULL,                  -- summary, income, expenditure, fiscal_summary, general_expenditure, basic_expenditure, three_public, fund_expenditure, state_capital_expenditure
    title       TEXT    NOT NULL,
    page        INTEGER NOT NULL,                  -- first page
    pages       TEXT    NOT NULL,                  -- JSON array
    money_unit  TEXT    NOT NULL,                  -- as the table declares it; '' when it does not
    empty       INTEGER NOT NULL                   -- 1: no amount printed
);
CREATE INDEX budget_tables_document ON budget_tables (document_id);

CREATE TABLE budget_lines (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    table_id    INTEGER NOT NULL REFERENCES budget_tables (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,                  -- the table's kind
    row         INTEGER NOT NULL,                  -- 0-based typed row of the table
    page        INTEGER NOT NULL,
    side        TEXT    NOT NULL,                  -- income / expenditure of a 收支总表; part1 / part2 of a table printed in halves; ''
    code        TEXT    NOT NULL,                  -- 科目编码 (2010101), '' when none
    class       TEXT    NOT NULL,                  -- 类 (201)
    item        TEXT    NOT NULL,                  -- 款 (01)
    sub         TEXT    NOT NULL,                  -- 项 (01)
    name        TEXT    NOT NULL,
    level       INTEGER NOT NULL,                  -- 1 类, 2 款, 3 项; 0 a total row
    parent      TEXT    NOT NULL,
    is_total    INTEGER NOT NULL,
    header      TEXT    NOT NULL,                  -- the column's header as printed (收入预算/合计)
    role        TEXT    NOT NULL,                  -- total, basic, project, personnel, public, fiscal …
    measure     TEXT    NOT NULL,                  -- budget / final when the header says; ''
    amount      REAL,                              -- NULL: blank cell
    money_unit  TEXT    NOT NULL
);
CREATE INDEX budget_lines_document ON budget_lines (document_id);
CREATE INDEX budget_lines_code ON budget_lines (kind, code);

CREATE TABLE checks (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    rule        TEXT    NOT NULL,                  -- parent_sum, total_sum, column_sum, three_public_sum, balance, cross_table, empty_statement
    status      TEXT    NOT NULL CHECK (status IN ('pass', 'fail')),
    kind        TEXT    NOT NULL,                  -- the table's kind
    page        INTEGER NOT NULL,
    message     TEXT    NOT NULL,
    expected    REAL,
    actual      REAL,
    money_unit  TEXT    NOT NULL
);
CREATE INDEX checks_document ON checks (document_id);

-- The lines in 万元 whatever the table printed (元 / 10000; a table that
-- declares no unit is taken as 万元).
CREATE VIEW budget_lines_wan AS
SELECT l.*,
       CASE l.money_unit
           WHEN '元'   THEN l.amount / 10000.0
           WHEN '千元' THEN l.amount / 10.0
           WHEN '亿元' THEN l.amount * 10000.0
           ELSE l.amount
       END AS amount_wan
FROM budget_lines l;
