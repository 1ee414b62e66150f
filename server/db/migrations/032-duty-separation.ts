export default /* sql */ `
-- Separation of duties in 履职. An activity involving deputies of many stations (a district-wide
-- 视察) is recorded once by the office, and verified by the office.
alter table activities add column district_wide boolean not null default false;

-- The paper votes of a face-to-face 述职 are entries, each with who entered it and when; a
-- mistake is corrected by a new entry naming the one it corrects, never by overwriting. The
-- count is the sum of the entries no later entry corrects. The counts entered before become
-- one entry each, by nobody known.
create table duty_paper_votes (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references duty_reports (id),
  satisfied integer not null check (satisfied >= 0),
  basic integer not null check (basic >= 0),
  unsatisfied integer not null check (unsatisfied >= 0),
  corrects uuid unique references duty_paper_votes (id),
  entered_by uuid references users (id),
  entered_at timestamptz not null default now()
);
create index duty_paper_votes_report on duty_paper_votes (report_id, entered_at);
insert into duty_paper_votes (report_id, satisfied, basic, unsatisfied, entered_at)
  select id, (paper->>'满意')::int, (paper->>'基本满意')::int, (paper->>'不满意')::int, updated_at from duty_reports
   where (paper->>'满意')::int + (paper->>'基本满意')::int + (paper->>'不满意')::int > 0;
alter table duty_reports drop column paper;

-- Activities' words pass the content check before anyone but their deputies and staff read them.
alter table screenings drop constraint screenings_kind_check;
alter table screenings add constraint screenings_kind_check check (kind in ('case', 'note', 'notice', 'minutes', 'photo', 'bio', 'proposal', 'dutyReport', 'activity'));
`
