export default /* sql */ `
-- PDF documents beside photos and video (a suggestion's papers, a unit's signed answer), and Word files (a draft
-- law's text, from staff), known by their bytes.
alter table media drop constraint media_kind_check;
alter table media add constraint media_kind_check check (kind in ('photo', 'video', 'document', 'docx'));
-- A suggestion's attachments: its draft's (answer_round null) and each answer's (the round it answered).
alter table media add column suggestion_id uuid references suggestions (id), add column answer_round integer;
create index media_suggestion on media (suggestion_id, created_at) where suggestion_id is not null;
`
