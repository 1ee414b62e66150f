export default /* sql */ `
-- Reception days a station posts in advance (接待公告): a one-off date or a recurring rule.
create table reception_notices (
  id uuid primary key default gen_random_uuid(),
  station_id uuid not null references stations (id),
  theme text not null,
  place text not null,
  schedule jsonb not null,
  deputy_ids uuid[] not null default '{}',
  slot_minutes integer not null default 30 check (slot_minutes between 10 and 240),
  slot_capacity integer not null default 2 check (slot_capacity between 1 and 50),
  status text not null default 'published' check (status in ('published', 'cancelled')),
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index reception_notices_station on reception_notices (station_id, created_at desc);

-- Appointments (约见): a slot per deputy on duty and time, with a capacity.
create table reception_slots (
  id uuid primary key default gen_random_uuid(),
  notice_id uuid not null references reception_notices (id),
  day date not null,
  deputy_id uuid not null references deputies (id),
  starts_at timestamptz not null,
  capacity integer not null check (capacity > 0),
  unique (notice_id, deputy_id, starts_at)
);
create table appointments (
  id uuid primary key default gen_random_uuid(),
  slot_id uuid not null references reception_slots (id),
  resident_id uuid not null references users (id),
  status text not null check (status in ('booked', 'waitlisted', 'confirmed', 'declined', 'cancelled')),
  reason text,
  reminded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One live booking (or waitlist place) per person and slot.
create unique index appointments_live on appointments (slot_id, resident_id) where status in ('booked', 'waitlisted', 'confirmed');
create index appointments_slot on appointments (slot_id, created_at);
create index appointments_resident on appointments (resident_id, created_at desc);
`
