export default /* sql */ `
-- Departments get codes, as a district's spreadsheets and binding codes name them.
alter table departments add column code text;
update departments d set code = 'BM' || lpad(x.n::text, 2, '0')
  from (select id, row_number() over (partition by district_id order by name) as n from departments) x where x.id = d.id;
alter table departments alter column code set not null;
alter table departments add constraint departments_code unique (district_id, code);

-- Roles are given by one-use binding codes; only a hash of each is kept, and its first two characters to tell it apart.
create table bindings (
  id uuid primary key default gen_random_uuid(),
  code_hash text not null unique,
  hint text not null,
  role text not null check (role in ('deputy', 'staff', 'department', 'office', 'admin')),
  district_id uuid not null references districts (id),
  station_id uuid references stations (id),
  deputy_id uuid references deputies (id),
  department_id uuid references departments (id),
  issued_by uuid references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_by uuid references users (id),
  used_at timestamptz,
  revoked_at timestamptz
);
create index bindings_district on bindings (district_id, created_at desc, id desc);

-- Wrong codes tried, counted per person so that codes cannot be guessed.
create table bind_attempts (
  user_id uuid not null references users (id),
  at timestamptz not null default now()
);
create index bind_attempts_user on bind_attempts (user_id, at);

-- How long a session lasts unused: a resident's 30 days, staff's 8 hours.
alter table sessions add column idle_minutes integer not null default 43200;
`
