export default /* sql */ `
-- What a district's spreadsheets carry beyond the first schema: a station's community, and the
-- year's holidays and make-up working days the State Council publishes (休 a day off, 班 a working day).
alter table stations add column community text not null default '';
create table holidays (
  district_id uuid not null references districts (id),
  day date not null,
  kind text not null check (kind in ('休', '班')),
  name text not null default '',
  primary key (district_id, day)
);
`
