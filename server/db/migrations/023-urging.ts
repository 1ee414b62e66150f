export default /* sql */ `
-- 催办: a resident urges their own overdue case once per stage; a new stage clears the mark.
alter table cases add column urged boolean not null default false;
`
