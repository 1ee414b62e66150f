export default /* sql */ `
-- A district's records edited one by one: each carries a version (a stale one is refused), and
-- every change is written to the audit trail with what the record was before and after.
alter table districts add column version integer not null default 1;
alter table stations add column version integer not null default 1;
alter table deputies add column version integer not null default 1;
alter table departments add column version integer not null default 1;
alter table categories add column version integer not null default 1;
alter table holidays add column version integer not null default 1;

alter table audit_log drop constraint audit_log_kind_check;
alter table audit_log add constraint audit_log_kind_check check (kind in ('phone.read', 'case.open', 'data.change'));
alter table audit_log add column before jsonb, add column after jsonb;
`
