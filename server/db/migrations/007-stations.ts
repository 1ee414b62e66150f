export default /* sql */ `
-- The region tree: district → street or township → community, by administrative code.
create table regions (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  level text not null check (level in ('district', 'street', 'community')),
  parent_id uuid references regions (id)
);
create index regions_parent on regions (parent_id);

alter table districts add column region_id uuid references regions (id);

alter table stations
  add column region_id uuid references regions (id),
  add column open_hours text not null default '',
  add column contact text not null default '',
  add column active boolean not null default true;

-- Residents who follow a station hear of its reception days.
create table station_followers (
  station_id uuid not null references stations (id),
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  primary key (station_id, user_id)
);
create index station_followers_user on station_followers (user_id);
`
