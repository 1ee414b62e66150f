export default /* sql */ `
-- The district sets how long units have with a suggestion: the months to answer from 交办 (the
-- rules' 3, at most 6) and the days to sign for it (5); unset keys keep those.
alter table districts add column suggestion_terms jsonb not null default '{}';
-- Each unit's 签收 deadline, fixed when it was handed the suggestion: a changed setting applies to later ones.
alter table suggestion_units add column sign_by timestamptz;
update suggestion_units u set sign_by = s.assigned_at + interval '5 days' from suggestions s where s.id = u.suggestion_id and s.assigned_at is not null;
`
