-- 0003: the kind of disclosure (部门预算 / 单位预算 / 部门决算 / 单位决算, ''
-- when the title prints none) on documents, and the money unit each table
-- declares on tables. Rows stored before are filled from their stored JSON:
-- documents extracted before kind existed get '' (import --force re-reads).

ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT '';
-- sqlite only (PostgreSQL: postgres/0003_kind_table_money.sql)
UPDATE documents SET kind = coalesce(json_extract(json, '$.kind'), '');
-- end sqlite only
CREATE INDEX documents_unit_kind_year ON documents (unit, kind, year);

ALTER TABLE tables ADD COLUMN money_unit TEXT NOT NULL DEFAULT '';
-- sqlite only
UPDATE tables SET money_unit = coalesce((SELECT json_extract(d.json, '$.tables[' || tables.seq || '].money_unit')
    FROM documents d WHERE d.id = tables.document_id), '');
-- end sqlite only
