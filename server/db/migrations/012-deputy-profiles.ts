export default /* sql */ `
-- What a deputy publishes about themself (DESIGN.md §1: deputies keep their own profile).
alter table deputies
  add column photo_key text,
  add column bio text not null default '',
  add column contact_hours text not null default '',
  add column phone_enc text,
  add column phone_public boolean not null default false;

-- A deputy's proposed changes wait for their station's staff: the page is public.
create table deputy_profile_changes (
  id uuid primary key default gen_random_uuid(),
  deputy_id uuid not null references deputies (id),
  changes jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  reason text,
  proposed_by uuid not null references users (id),
  decided_by uuid references users (id),
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
-- One open proposal per deputy: a new one replaces it.
create unique index deputy_profile_changes_pending on deputy_profile_changes (deputy_id) where status = 'pending';
create index deputy_profile_changes_deputy on deputy_profile_changes (deputy_id, created_at desc);
`
