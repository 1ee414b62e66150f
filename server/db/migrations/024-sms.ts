export default /* sql */ `
-- People without a smartphone: staff record a case for a named person and their phone; the
-- person claims it later in the mini-program with a code sent to that phone. Until then the
-- recorder stands as its resident, and the case is "claimable" by that phone alone.
alter table cases
  add column for_name text,
  add column claimable boolean not null default false,
  add column claimed_at timestamptz,
  -- An HMAC of the phone under the server's key: finds a number's cases without decrypting any.
  add column phone_hash text,
  -- The resident agreed to an SMS for each step that WeChat cannot push.
  add column sms_notify boolean not null default false;
create index cases_phone_hash on cases (phone_hash) where phone_hash is not null;

-- Every SMS asked for, sent or not, by number: the per-number limits count these rows, so they
-- hold across restarts and hosts. A step's SMS waits here like a push in the outbox; the phone
-- is dropped once it is sent.
create table sms_outbox (
  id uuid primary key default gen_random_uuid(),
  phone_hash text not null,
  phone_enc text,
  purpose text not null check (purpose in ('code', 'recorded', 'step')),
  case_id uuid references cases (id),
  event_id uuid unique references case_events (id),
  params jsonb not null default '[]',
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'limited', 'skipped')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
create index sms_outbox_due on sms_outbox (next_attempt_at) where status = 'pending';
create index sms_outbox_number on sms_outbox (phone_hash, created_at);

-- The one live claim code per number: its hash, until when, and how many wrong tries.
create table sms_codes (
  phone_hash text primary key,
  code_hash text not null,
  expires_at timestamptz not null,
  attempts integer not null default 0
);

-- A person claiming a recorded case is kept in the audit trail.
alter table audit_log drop constraint audit_log_kind_check;
alter table audit_log add constraint audit_log_kind_check check (kind in ('phone.read', 'case.open', 'data.change', 'case.claim'));
`
