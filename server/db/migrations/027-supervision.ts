export default /* sql */ `
-- 督办: when the office last pressed a case's holder (at most once a day).
alter table cases add column supervised_at timestamptz;
-- The office's leaders, given by a binding code: a case that runs late a second time reaches them.
alter table users add column leader boolean not null default false;
alter table bindings add column leader boolean not null default false;
`
