export default /* sql */ `
-- A suggestion's words (its text, answers, progress) that the check was unsure of wait in the review queue like any other
-- item; until released it is not published. (The earlier held flag goes.)
alter table screenings drop constraint screenings_kind_check;
alter table screenings add constraint screenings_kind_check
  check (kind in ('case', 'note', 'notice', 'minutes', 'photo', 'bio', 'proposal', 'dutyReport', 'activity', 'suggestion'));
alter table suggestions drop column held;
`
