export default /* sql */ `
-- Photos and video: uploaded first (unattached), then attached to a case, or to the event
-- that reported a result, in the transaction that files or resolves it.
create table media (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users (id),
  storage_key text not null unique,
  kind text not null check (kind in ('photo', 'video')),
  mime text not null,
  size integer not null,
  duration_sec real,
  case_id uuid references cases (id),
  event_id uuid references case_events (id),
  created_at timestamptz not null default now()
);
create index media_case on media (case_id, created_at) where case_id is not null;
`
