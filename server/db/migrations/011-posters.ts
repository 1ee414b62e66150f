export default /* sql */ `
-- Each deputy's poster, kept per content: a new name, level, station or code draws a new one.
create table posters (
  deputy_id uuid not null references deputies (id),
  digest text not null,
  storage_key text not null,
  created_at timestamptz not null default now(),
  primary key (deputy_id, digest)
);
`
