export default /* sql */ `
-- 约见: what the resident wants to talk about, and the phone they chose to leave (sealed as cases' are).
alter table appointments add column topic text not null default '';
alter table appointments add column phone_enc text;
alter table appointments add column phone_masked text;
`
