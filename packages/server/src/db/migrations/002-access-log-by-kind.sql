-- S3 reads only third-party retrievals ('ABRUF') while every online access adds an
-- 'ONLINE_DIENST' row: index by kind so the read does not grow with the person's own use.
DROP INDEX access_log_person;
CREATE INDEX access_log_person_kind ON access_log (person_id, kind, at);
