export default /* sql */ `
-- 建议办理: a deputy's suggestion, drafted from residents' cases, handed to the district's units.
create table suggestions (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  station_id uuid references stations (id),
  lead_deputy_id uuid not null references deputies (id),
  drafted_by uuid not null references users (id),
  number text unique,
  title text not null,
  category text not null,
  situation text not null,
  proposal text not null,
  kind text not null default '闭会期间',
  session text not null default '',
  status text not null default 'draft',
  held boolean not null default false,
  merged_into uuid references suggestions (id),
  review_reason text,
  grade text,
  answer_round int not null default 0,
  due_on date,
  submitted_at timestamptz,
  assigned_at timestamptz,
  closed_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index suggestions_district on suggestions (district_id, updated_at desc, id desc);
create index suggestions_lead on suggestions (lead_deputy_id, updated_at desc);

-- Its 领衔 and 附议 deputies, and each one's rating of the last answer.
create table suggestion_deputies (
  suggestion_id uuid not null references suggestions (id),
  deputy_id uuid not null references deputies (id),
  role text not null check (role in ('lead', 'co')),
  status text not null default 'invited' check (status in ('invited', 'confirmed', 'declined')),
  rating text,
  contact_rating text,
  comment text,
  rated_round int,
  primary key (suggestion_id, deputy_id)
);
create index suggestion_deputies_deputy on suggestion_deputies (deputy_id);

-- The residents' cases it came from: every resident behind it hears each step through these.
create table suggestion_cases (
  suggestion_id uuid not null references suggestions (id),
  case_id uuid not null references cases (id),
  primary key (suggestion_id, case_id)
);
create index suggestion_cases_case on suggestion_cases (case_id);

-- Its units: one 主办, any 协办; each signs for it and an assisting one sends its view.
create table suggestion_units (
  suggestion_id uuid not null references suggestions (id),
  department_id uuid not null references departments (id),
  role text not null check (role in ('lead', 'assist')),
  signed_at timestamptz,
  view_text text,
  view_at timestamptz,
  primary key (suggestion_id, department_id)
);
create index suggestion_units_department on suggestion_units (department_id);

-- The lead unit's contacts with the deputies: an answer needs one.
create table suggestion_contacts (
  id uuid primary key default gen_random_uuid(),
  suggestion_id uuid not null references suggestions (id),
  department_id uuid not null references departments (id),
  user_id uuid not null references users (id),
  round int not null,
  way text not null,
  at timestamptz not null,
  note text not null,
  created_at timestamptz not null default now()
);

-- Its answers: the first, and the re-handling's after a 不满意.
create table suggestion_answers (
  suggestion_id uuid not null references suggestions (id),
  round int not null,
  grade text not null,
  text text not null,
  public boolean not null,
  user_id uuid not null references users (id),
  at timestamptz not null default now(),
  primary key (suggestion_id, round)
);

-- Every step, as its timeline shows it.
create table suggestion_events (
  id uuid primary key default gen_random_uuid(),
  suggestion_id uuid not null references suggestions (id),
  action text not null,
  actor_id uuid references users (id),
  actor_role text not null,
  note text,
  at timestamptz not null default now()
);
create index suggestion_events_suggestion on suggestion_events (suggestion_id, at);

-- Suggestion numbers, gapless per district and year: LZ-JY-2026-0001.
create table suggestion_numbers (
  district_id uuid not null references districts (id),
  year int not null,
  last int not null,
  primary key (district_id, year)
);
`
