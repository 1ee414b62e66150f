export default /* sql */ `
-- Uploads put to use (attached to a case, or a deputy's photo); those never used are removed after a day.
-- (Idempotent: a database from a build that carried these lines in 014 already has them.)
alter table media add column if not exists used_at timestamptz;
update media set used_at = created_at where used_at is null and (case_id is not null
  or storage_key in (select photo_key from deputies where photo_key is not null)
  or storage_key in (select changes->>'photoKey' from deputy_profile_changes));
create index if not exists media_unused on media (created_at) where used_at is null;
create index if not exists media_owner_recent on media (owner_id, created_at);
`
