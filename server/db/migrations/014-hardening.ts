export default /* sql */ `
-- Sessions: a hash of the token, not the token; and an end.
alter table sessions add column expires_at timestamptz not null default now() + interval '30 days';
update sessions set token = encode(sha256(convert_to(token, 'UTF8')), 'hex');
alter table sessions rename column token to token_hash;
create index sessions_expiry on sessions (expires_at);

-- A new profile proposal supersedes the waiting one under a new id: staff approve only what they saw.
alter table deputy_profile_changes drop constraint deputy_profile_changes_status_check;
alter table deputy_profile_changes add constraint deputy_profile_changes_status_check
  check (status in ('pending', 'approved', 'rejected', 'superseded'));

-- A slot the notice no longer has (its deputy or time changed): kept for the record, not bookable.
alter table reception_slots add column withdrawn_at timestamptz;

-- Uploads put to use (attached to a case, or a deputy's photo); those never used are removed after a day.
alter table media add column used_at timestamptz;
update media set used_at = created_at where case_id is not null
  or storage_key in (select photo_key from deputies where photo_key is not null)
  or storage_key in (select changes->>'photoKey' from deputy_profile_changes);
create index media_unused on media (created_at) where used_at is null;
create index media_owner_recent on media (owner_id, created_at);
`
