export default /* sql */ `
-- Each station's duty roster: fixed deputies, and the others taking turns a period at a time.
create table duty_rosters (
  station_id uuid primary key references stations (id),
  period text not null default 'week' check (period in ('day', 'week', 'month')),
  starts_on date not null,
  updated_at timestamptz not null default now()
);
create table duty_members (
  station_id uuid not null references duty_rosters (station_id),
  deputy_id uuid not null references deputies (id),
  kind text not null check (kind in ('fixed', 'rotating')),
  position integer not null,
  primary key (station_id, deputy_id)
);

-- A case that came by a station's code suggests the deputy on duty that day.
alter table cases add column suggested_deputy_id uuid references deputies (id);
`
