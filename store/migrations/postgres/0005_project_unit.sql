-- 0005 on PostgreSQL: the rows stored before are filled from their JSON
-- with jsonb operators (SQLite: json_extract).

UPDATE projects SET unit_name = coalesce((SELECT d.json::jsonb -> 'projects' -> projects.seq::int ->> 'unit_name'
    FROM documents d WHERE d.id = projects.document_id), '');
