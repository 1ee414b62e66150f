export default /* sql */ `
-- What staff record after a reception day: minutes and attendance, once per notice and date.
create table reception_records (
  id uuid primary key default gen_random_uuid(),
  notice_id uuid not null references reception_notices (id),
  day date not null,
  minutes text not null,
  attendance integer not null check (attendance >= 0),
  deputies_present uuid[] not null default '{}',
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now(),
  unique (notice_id, day)
);

-- Questions sent in before a reception day (提前征集) and requests made on the day (recorded
-- with the day's record) are cases with channel 'reception' that name their notice: the
-- deputies on duty hear of them.
alter table cases
  add column notice_id uuid references reception_notices (id),
  add column reception_record_id uuid references reception_records (id);
create index cases_notice on cases (notice_id) where notice_id is not null;
`
