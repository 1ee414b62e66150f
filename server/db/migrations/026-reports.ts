export default /* sql */ `
-- Search: a word of two characters or more finds its cases through the pairs of characters of the
-- text. Most Chinese search words are two characters, from which pg_trgm takes no trigram, so
-- its index could not serve them; the pairs' index serves every word of two or more.
create function bigrams(t text) returns text[] language sql immutable parallel safe as $fn$
  select array(select distinct substr(t, i, 2) from generate_series(1, greatest(length(t) - 1, 1)) i)
$fn$;
create index cases_text_bigrams on cases using gin (bigrams(lower(text)));
drop index cases_text_trgm;

-- 已超期: the overdue are few; these find them without reading the rest.
create index cases_overdue_district on cases (district_id, created_at desc, id desc) where overdue_at is not null;
create index cases_overdue_station on cases (station_id, created_at desc, id desc) where overdue_at is not null;

-- Reports: when each of the five orders (and the first response, the resolution) first happened,
-- and how many stages ran late, on the case itself, so a year's report reads no timeline.
alter table cases
  add column responded_at timestamptz,
  add column dispatched_at timestamptz,
  add column taken_at timestamptz,
  add column followed_at timestamptz,
  add column resolved_at timestamptz,
  add column rated_at timestamptz,
  add column overdue_count integer not null default 0;

update cases c set
  responded_at = m.responded, dispatched_at = m.dispatched, taken_at = m.taken, followed_at = m.followed,
  resolved_at = m.resolved, rated_at = m.rated, overdue_count = m.overdue
  from (select case_id,
               min(created_at) filter (where type in ('accept', 'answer', 'decline', 'requestDispatch', 'dispatch', 'merge')) as responded,
               min(created_at) filter (where type = 'dispatch') as dispatched,
               min(created_at) filter (where type = 'acceptOrder') as taken,
               min(created_at) filter (where type = 'followUp') as followed,
               min(created_at) filter (where type in ('resolve', 'answer')) as resolved,
               min(created_at) filter (where type = 'rate') as rated,
               (count(*) filter (where type = 'overdue'))::int as overdue
          from case_events group by case_id) m
 where m.case_id = c.id;
`
