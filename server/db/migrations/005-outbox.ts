export default /* sql */ `
-- One-time subscribe-message quota: each 'accept' the mini-program reports adds one send.
create table subscribe_quota (
  user_id uuid not null references users (id),
  template_id text not null,
  remaining integer not null default 0 check (remaining >= 0),
  primary key (user_id, template_id)
);

-- The outbox: written in the step's transaction, delivered after it, once per
-- (event, recipient, template kind); retried with backoff when delivery fails.
create table outbox (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references case_events (id),
  case_id uuid not null references cases (id),
  user_id uuid not null references users (id),
  kind text not null check (kind in ('status', 'todo')),
  vals jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'sent', 'skipped', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  unique (event_id, user_id, kind)
);
create index outbox_due on outbox (next_attempt_at) where status = 'pending';
create index outbox_case on outbox (case_id) where status = 'pending';
`
