export default /* sql */ `
-- The resident's phone, given with consent: encrypted (the key is not in the database) and masked.
alter table cases
  add column phone_enc text,
  add column phone_masked text,
  add column show_publicly boolean not null default false;
`
