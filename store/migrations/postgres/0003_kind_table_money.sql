-- 0003 on PostgreSQL: the rows stored before are filled from their JSON
-- with jsonb operators (SQLite: json_extract).

UPDATE documents SET kind = coalesce(json::jsonb ->> 'kind', '');
UPDATE tables SET money_unit = coalesce((SELECT d.json::jsonb -> 'tables' -> tables.seq::int ->> 'money_unit'
    FROM documents d WHERE d.id = tables.document_id), '');
