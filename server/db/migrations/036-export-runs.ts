export default /* sql */ `
-- One export at a time per person: the run in progress, taken over when it is older than any
-- export takes (a host that died midway).
create table export_runs (
  user_id uuid primary key references users (id),
  started_at timestamptz not null default now()
);
`
