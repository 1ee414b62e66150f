export default /* sql */ `
-- 建议办理's deadlines and 督办: the reminders sent for the current due day (14, then 3 days before), the overdue mark, the
-- office's last 督办; a unit's request for another unit (申请调整) and for more time (延期); 重点督办 with its leader and milestones.
alter table suggestions add column reminded_days int;
alter table suggestions add column overdue_at timestamptz;
alter table suggestions add column supervised_at timestamptz;
alter table suggestions add column key_suggestion boolean not null default false;
alter table suggestions add column leader_id uuid references users (id);
create index suggestions_due on suggestions (due_on) where status in ('assigned', 'rehandling');
alter table suggestion_units add column redirect_reason text;

create table suggestion_extensions (
  id uuid primary key default gen_random_uuid(),
  suggestion_id uuid not null references suggestions (id),
  department_id uuid not null references departments (id),
  user_id uuid not null references users (id),
  until date not null,
  reason text not null,
  at timestamptz not null default now(),
  approved boolean,
  decided_by uuid references users (id),
  decision_reason text,
  decided_at timestamptz
);
create index suggestion_extensions_suggestion on suggestion_extensions (suggestion_id, at);
-- At most one request waits for the office at a time.
create unique index suggestion_extensions_pending on suggestion_extensions (suggestion_id) where decided_at is null;

create table suggestion_milestones (
  suggestion_id uuid not null references suggestions (id),
  idx int not null,
  title text not null,
  due_on date not null,
  done_at timestamptz,
  primary key (suggestion_id, idx)
);
`
