export default /* sql */ `
create table districts (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  case_prefix text not null,
  created_at timestamptz not null default now()
);

create table stations (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  code text not null unique,
  name text not null,
  kind text not null check (kind in ('代表之家', '联络站', '联络点', '微站')),
  street text not null,
  address text not null,
  latitude double precision,
  longitude double precision,
  created_at timestamptz not null default now()
);

create table deputies (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  levels text[] not null,
  station_id uuid not null references stations (id),
  duties text not null default '',
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index deputies_station on deputies (station_id);

create table departments (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  name text not null,
  unique (district_id, name)
);

create table categories (
  district_id uuid not null references districts (id),
  name text not null,
  sort integer not null,
  primary key (district_id, name)
);

create table users (
  id uuid primary key default gen_random_uuid(),
  openid text not null unique,
  role text not null check (role in ('resident', 'deputy', 'staff', 'department', 'office', 'admin')),
  deputy_id uuid references deputies (id),
  station_id uuid references stations (id),
  department_id uuid references departments (id),
  district_id uuid references districts (id),
  created_at timestamptz not null default now()
);

create table sessions (
  token text primary key,
  user_id uuid not null references users (id),
  created_at timestamptz not null default now()
);

create table case_counters (
  district_id uuid not null references districts (id),
  year integer not null,
  last integer not null,
  primary key (district_id, year)
);

create table cases (
  id uuid primary key default gen_random_uuid(),
  number text not null unique,
  resident_id uuid not null references users (id),
  submission_id text not null,
  district_id uuid not null references districts (id),
  station_id uuid references stations (id),
  deputy_id uuid references deputies (id),
  channel text not null,
  category text not null,
  text text not null,
  location jsonb,
  status text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (resident_id, submission_id)
);
create index cases_resident on cases (resident_id, created_at desc);
create index cases_deputy on cases (deputy_id, created_at desc);

create table case_events (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id),
  seq integer not null,
  type text not null,
  actor_id uuid not null references users (id),
  actor_role text not null,
  from_status text,
  to_status text,
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  unique (case_id, seq)
);
`
