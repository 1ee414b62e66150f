export default /* sql */ `
-- 建议办理's figures: each answer keeps the due day it was given against, so "answered on time" stays true after an
-- extension or a re-handling moves the suggestion's own due day.
alter table suggestion_answers add column due_on date;
-- The 建议办理情况 export.
alter table exports drop constraint exports_kind_check;
alter table exports add constraint exports_kind_check check (kind in ('cases', 'report', 'points', 'suggestions'));
create index suggestions_assigned on suggestions (district_id, assigned_at) where assigned_at is not null;
`
