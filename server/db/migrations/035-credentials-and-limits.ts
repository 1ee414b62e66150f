export default /* sql */ `
-- Credentials need credentials: the first password and second factor are set within a day of
-- binding, or of an admin's reset; later changes ask for the current password and a current code.
alter table users add column bound_at timestamptz, add column credentials_reset_at timestamptz;
update users set bound_at = created_at where role <> 'resident';

-- Limits counted in the database, so they hold across hosts and under concurrency: each hit
-- by what it counts (sign-in failures from an address, map lookups of a person, Open311 reads of
-- an address) and by whom; counted over a window, kept a day.
create table limit_hits (
  kind text not null,
  key text not null,
  at timestamptz not null default now()
);
create index limit_hits_key on limit_hits (kind, key, at);
create index limit_hits_at on limit_hits (at);
`
