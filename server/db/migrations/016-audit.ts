export default /* sql */ `
-- Reads of personal data (a resident's whole phone, a staff member opening a case): who, when, what.
create table audit_log (
  id uuid primary key default gen_random_uuid(),
  at timestamptz not null default now(),
  actor_id uuid references users (id),
  actor_role text not null,
  kind text not null check (kind in ('phone.read', 'case.open')),
  subject_id uuid not null,
  detail text not null default ''
);
create index audit_log_at on audit_log (at desc, id desc);
create index audit_log_subject on audit_log (subject_id, at desc);
create index audit_log_actor on audit_log (actor_id, at desc);
`
