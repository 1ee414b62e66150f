export default /* sql */ `
-- Which deputy took a step of the loop: the deputy the acting account stood for when it acted.
-- A deputy's cases are those addressed to them and those they acted on (server/cases/deputy-cases.ts).
alter table case_events add column actor_deputy_id uuid references deputies (id);
update case_events e set actor_deputy_id = u.deputy_id
  from users u where u.id = e.actor_id and e.actor_role = 'deputy' and u.deputy_id is not null;
create index case_events_deputy on case_events (actor_deputy_id, case_id) where actor_deputy_id is not null;

-- A deputy's step changes which deputies a report counts the case under, even when it moves nothing on the case.
create function note_report_deputy_events() returns trigger language plpgsql as $fn$
begin
  insert into report_changes (district_id, month)
  select distinct c.district_id, report_month(c.created_at)
    from new_events n join cases c on c.id = n.case_id where n.actor_deputy_id is not null;
  return null;
end $fn$;
create trigger case_events_report_inserts after insert on case_events referencing new table as new_events
  for each statement execute function note_report_deputy_events();
`
