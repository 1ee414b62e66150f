export default /* sql */ `
-- The office's reports over a district read whole months from a rollup: each month's cases
-- counted once per way a report groups them (month, category, station, deputy, department), with
-- each stage's working days kept as a histogram, from which a period's medians come exactly.
create table report_months (
  district_id uuid not null references districts (id),
  month text not null,
  refreshed_at timestamptz not null default now(),
  primary key (district_id, month)
);
create table report_rollup (
  district_id uuid not null,
  month text not null,
  dim text not null,
  key text,
  received int not null, responded int not null, dispatched int not null, accepted int not null, followed int not null,
  resolved int not null, rated int not null, satisfied int not null, overdue int not null,
  days jsonb not null,
  foreign key (district_id, month) references report_months on delete cascade
);
create index report_rollup_read on report_rollup (district_id, dim, month);

-- Which months' cases have changed since their rollup was counted: appended to by every
-- statement that writes a case (never updated, so writers never wait on each other), and
-- emptied, month by month, by the refresh that counts those months again.
create table report_changes (
  id bigint generated always as identity primary key,
  district_id uuid not null,
  month text not null
);
create index report_changes_month on report_changes (district_id, month);

create function report_month(at timestamptz) returns text language sql immutable parallel safe as $fn$
  select to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM')
$fn$;

create function note_report_inserts() returns trigger language plpgsql as $fn$
begin
  insert into report_changes (district_id, month) select distinct district_id, report_month(created_at) from new_cases;
  return null;
end $fn$;
create function note_report_deletes() returns trigger language plpgsql as $fn$
begin
  insert into report_changes (district_id, month) select distinct district_id, report_month(created_at) from old_cases;
  return null;
end $fn$;
-- An update counts only when it moves something a report reads.
create function note_report_updates() returns trigger language plpgsql as $fn$
begin
  insert into report_changes (district_id, month)
  select distinct x.district_id, report_month(x.created_at)
    from old_cases o join new_cases n on n.id = o.id
         cross join lateral (values (o.district_id, o.created_at), (n.district_id, n.created_at)) x (district_id, created_at)
   where (o.district_id, o.created_at, o.category, o.station_id, o.deputy_id, o.department_id, o.responded_at, o.dispatched_at,
          o.taken_at, o.followed_at, o.resolved_at, o.result_rating, o.overdue_count)
         is distinct from
         (n.district_id, n.created_at, n.category, n.station_id, n.deputy_id, n.department_id, n.responded_at, n.dispatched_at,
          n.taken_at, n.followed_at, n.resolved_at, n.result_rating, n.overdue_count);
  return null;
end $fn$;
create trigger cases_report_inserts after insert on cases referencing new table as new_cases for each statement execute function note_report_inserts();
create trigger cases_report_deletes after delete on cases referencing old table as old_cases for each statement execute function note_report_deletes();
create trigger cases_report_updates after update on cases referencing old table as old_cases new table as new_cases for each statement execute function note_report_updates();

-- Working days are counted by the district's calendar: a change to it counts every month again.
-- It waits for a refresh counting the district's months (which holds the same lock) to finish.
create function clear_report_rollup() returns trigger language plpgsql as $fn$
declare d uuid;
begin
  for d in select distinct district_id from changed_days loop
    perform pg_advisory_xact_lock(hashtext('report-rollup:' || d::text));
    delete from report_months where district_id = d;
  end loop;
  return null;
end $fn$;
create trigger holidays_report_inserts after insert on holidays referencing new table as changed_days for each statement execute function clear_report_rollup();
create trigger holidays_report_updates after update on holidays referencing new table as changed_days for each statement execute function clear_report_rollup();
create trigger holidays_report_deletes after delete on holidays referencing old table as changed_days for each statement execute function clear_report_rollup();
`
