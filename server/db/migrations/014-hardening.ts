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
`
