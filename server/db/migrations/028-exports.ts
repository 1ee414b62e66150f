export default /* sql */ `
-- Excel exports: each file is kept a day for the person who asked, then the timer removes it.
create table exports (
  id uuid primary key,
  user_id uuid not null references users (id),
  key text not null,
  kind text not null check (kind in ('cases', 'report')),
  rows int not null,
  created_at timestamptz not null default now(),
  removed_at timestamptz
);
create index exports_kept on exports (created_at) where removed_at is null;
-- Every export is written down in the audit trail.
alter table audit_log drop constraint audit_log_kind_check;
alter table audit_log add constraint audit_log_kind_check check (kind in ('phone.read', 'case.open', 'data.change', 'case.claim', 'report.export'));
`
