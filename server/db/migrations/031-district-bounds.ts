export default /* sql */ `
-- Every role is bounded by its district. The word list: the system's own words (no district)
-- apply everywhere and no district's admin changes them; each district adds and removes its own.
-- (An expression index rather than UNIQUE NULLS NOT DISTINCT: PostgreSQL before 15 has no such thing.)
alter table safety_words add column district_id uuid references districts (id);
alter table safety_words drop constraint safety_words_pkey;
create unique index safety_words_key on safety_words ((coalesce(district_id, '00000000-0000-0000-0000-000000000000'::uuid)), word);

-- The audit trail is read by the admin of each district: every entry names its district. Entries
-- written before name the district of their case, of the changed data, or of the person acting.
-- And the trail holds every grant, credential change, failed sign-in and vote (等保 level 3).
alter table audit_log add column district_id uuid references districts (id);
update audit_log a set district_id = coalesce(
  (select c.district_id from cases c where c.id = a.subject_id),
  (select d.id from districts d where d.id = a.subject_id),
  (select u.district_id from users u where u.id = a.actor_id));
create index audit_log_district on audit_log (district_id, at desc, id desc);
alter table audit_log drop constraint audit_log_kind_check;
alter table audit_log add constraint audit_log_kind_check check (kind in (
  'phone.read', 'case.open', 'data.change', 'case.claim', 'report.export', 'role.grant', 'role.revoke', 'credential.change',
  'signin.fail', 'activity.decide', 'vote.paper', 'report.publish', 'words.change'));
`
