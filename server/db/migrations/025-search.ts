export default /* sql */ `
-- Staff find a case by words of its text. Trigrams index any script's letters (Chinese among them),
-- so a search of three characters or more reads the index, not the table.
create extension if not exists pg_trgm;
create index cases_text_trgm on cases using gin (text gin_trgm_ops);
`
