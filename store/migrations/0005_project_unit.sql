-- 0005: the unit that spends a project's money, where a table of many
-- projects prints it per row (单位名称); '' otherwise. Rows stored before
-- are filled from their stored JSON ('' for documents extracted before
-- the field existed: import --force re-reads).

ALTER TABLE projects ADD COLUMN unit_name TEXT NOT NULL DEFAULT '';
-- sqlite only (PostgreSQL: postgres/0005_project_unit.sql)
UPDATE projects SET unit_name = coalesce((SELECT json_extract(d.json, '$.projects[' || projects.seq || '].unit_name')
    FROM documents d WHERE d.id = projects.document_id), '');
-- end sqlite only
