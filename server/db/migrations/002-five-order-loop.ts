export default /* sql */ `
alter table districts add column deadlines jsonb not null default '{}';

alter table stations add column service_area jsonb;

alter table cases
  add column department_id uuid references departments (id),
  add column resolved_by text check (resolved_by in ('department', 'deputy')),
  add column result_rating text check (result_rating in ('满意', '基本满意', '不满意')),
  add column follow_up_rating text check (follow_up_rating in ('满意', '基本满意', '不满意')),
  add column reopen_count integer not null default 0,
  add column merged_into uuid references cases (id),
  add column due_at timestamptz,
  add column expires_to text check (expires_to in ('overdue', 'close')),
  add column overdue_at timestamptz;
create index cases_station on cases (station_id, created_at desc);
create index cases_department on cases (department_id, created_at desc);
create index cases_district on cases (district_id, created_at desc);
create index cases_due on cases (due_at) where due_at is not null and overdue_at is null;

alter table case_events alter column actor_id drop not null;
-- What the timeline shows for the step (the payload keeps what was sent).
alter table case_events add column note text;

create table case_followers (
  case_id uuid not null references cases (id),
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  primary key (case_id, user_id)
);
create index case_followers_user on case_followers (user_id);

create table messages (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id),
  case_id uuid references cases (id),
  event_id uuid references case_events (id),
  title text not null,
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now(),
  unique (event_id, user_id)
);
create index messages_user on messages (user_id, created_at desc);

create table dispatch_catalogue (
  district_id uuid not null references districts (id),
  category text not null,
  department_id uuid not null references departments (id),
  primary key (district_id, category)
);
`
