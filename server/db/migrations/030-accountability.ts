export default /* sql */ `
-- 履职档案: what deputies did, recorded by a deputy (or their station's staff for them) and
-- verified or returned by the station's staff. One row for an activity several deputies shared.
create table activities (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  station_id uuid not null references stations (id),
  deputy_ids uuid[] not null check (cardinality(deputy_ids) between 1 and 30),
  kind text not null check (kind in ('会议', '视察', '调研', '培训学习', '接待选民', '走访选民', '意见建议', '民生实事', '述职', '其他')),
  day date not null,
  title text not null,
  text text not null default '',
  place text,
  internal boolean not null default false,
  status text not null default 'pending' check (status in ('pending', 'verified', 'returned')),
  reason text,
  -- A published 述职 enters the record by itself, verified.
  report_id uuid,
  recorded_by uuid not null references users (id),
  submission_id text,
  decided_by uuid references users (id),
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  unique (recorded_by, submission_id)
);
create index activities_deputies on activities using gin (deputy_ids);
create index activities_pending on activities (station_id, created_at, id) where status = 'pending';
create index activities_district_day on activities (district_id, day) where status = 'verified';

alter table media add column activity_id uuid references activities (id);
create index media_activity on media (activity_id, created_at) where activity_id is not null;

-- 履职积分: a district's rule table (points, caps, bands, tasks), a new version for each change,
-- each in force from its day until a later one's. Points are computed from it on reading.
create table point_rules (
  district_id uuid not null references districts (id),
  version integer not null check (version > 0),
  effective_from date not null,
  rules jsonb not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  primary key (district_id, version)
);

-- 述职: one a year per deputy, drafted from the record, published, rated by residents once each;
-- the paper votes of a face-to-face 述职 entered by the station's staff.
create table duty_reports (
  id uuid primary key default gen_random_uuid(),
  deputy_id uuid not null references deputies (id),
  district_id uuid not null references districts (id),
  station_id uuid not null references stations (id),
  year integer not null,
  text text not null,
  figures jsonb not null,
  status text not null default 'draft' check (status in ('draft', 'published')),
  published_at timestamptz,
  paper jsonb not null default '{"满意": 0, "基本满意": 0, "不满意": 0}',
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (deputy_id, year)
);
create index duty_reports_station on duty_reports (station_id, year);
create table duty_report_ratings (
  report_id uuid not null references duty_reports (id),
  user_id uuid not null references users (id),
  rating text not null check (rating in ('满意', '基本满意', '不满意')),
  comment text,
  created_at timestamptz not null default now(),
  primary key (report_id, user_id)
);

-- A week before a period closes, a deputy with a task unmet is reminded once for that day.
create table task_reminders (
  deputy_id uuid not null references deputies (id),
  period_end date not null,
  unmet integer not null,
  sent_at timestamptz not null default now(),
  primary key (deputy_id, period_end)
);

-- The points ranking is exported like the reports.
alter table exports drop constraint exports_kind_check;
alter table exports add constraint exports_kind_check check (kind in ('cases', 'report', 'points'));

alter table screenings drop constraint screenings_kind_check;
alter table screenings add constraint screenings_kind_check check (kind in ('case', 'note', 'notice', 'minutes', 'photo', 'bio', 'proposal', 'dutyReport'));
`
