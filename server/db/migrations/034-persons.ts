export default /* sql */ `
-- One person is one person. Each account belongs to a person; a deleted account's WeChat
-- identity is kept as a keyed hash (never the openid itself), so whoever comes back with it
-- starts a new, empty account of the same person: their votes, reports and limits still count.
alter table users add column person_id uuid;
update users set person_id = id;
alter table users alter column person_id set not null;
alter table users alter column person_id set default gen_random_uuid();
create index users_person on users (person_id);

create table departed_identities (
  identity_hash text primary key,
  person_id uuid not null,
  departed_at timestamptz not null default now()
);

-- Once per person, not per account: a 述职 rating, a report (举报) of an item.
alter table duty_report_ratings add column person_id uuid;
update duty_report_ratings r set person_id = u.person_id from users u where u.id = r.user_id;
alter table duty_report_ratings alter column person_id set not null;
create unique index duty_report_ratings_person on duty_report_ratings (report_id, person_id);
alter table content_reports add column person_id uuid;
update content_reports r set person_id = u.person_id from users u where u.id = r.reporter_id;
alter table content_reports alter column person_id set not null;
create unique index content_reports_person on content_reports (screening_id, person_id);
`
