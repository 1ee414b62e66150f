export default /* sql */ `
-- Membership of a district's standing committee: a flag on an account (its district), given by a
-- code of its own (a binding of "role" member); the account's role is unchanged (a deputy stays a deputy).
alter table users add column member_of uuid references districts (id), add column member_name text;
alter table bindings add column member_name text;
alter table bindings drop constraint bindings_role_check;
alter table bindings add constraint bindings_role_check check (role in ('deputy', 'staff', 'department', 'office', 'admin', 'consultant', 'member'));

-- A ballot's code (scene b=CODE), shown in the room, is kept like the other codes.
alter table qr_codes drop constraint qr_codes_kind_check;
alter table qr_codes add constraint qr_codes_kind_check check (kind in ('deputy', 'station', 'consultation', 'ballot'));

-- The officials the standing committee appointed, by unit.
create table officials (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  name text not null,
  post text not null,
  department_id uuid not null references departments (id),
  appointed_on date not null,
  term_ends date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index officials_district on officials (district_id, name);

-- 年初履职承诺: a year's items of one official, saved whole at a version.
create table official_commitments (
  official_id uuid not null references officials (id),
  year integer not null,
  items jsonb not null,
  version integer not null default 1,
  updated_by uuid references users (id),
  updated_at timestamptz not null default now(),
  primary key (official_id, year)
);

-- 满意度测评. Who voted and how are kept apart: ballot_voters names members and nothing of their
-- ratings, with no time; ballot_tallies holds counts per official and nothing of who. No row of one
-- refers to a row of the other, and no vote is kept as a row of its own.
create table ballots (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  code text not null unique,
  title text not null,
  official_ids uuid[] not null,
  member_ids uuid[] not null,
  closes_at timestamptz not null,
  closed_at timestamptz,
  withheld text,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create table ballot_voters (
  ballot_id uuid not null references ballots (id),
  user_id uuid not null references users (id),
  primary key (ballot_id, user_id)
);
create table ballot_tallies (
  ballot_id uuid not null references ballots (id),
  official_id uuid not null references officials (id),
  satisfied integer not null default 0,
  basic integer not null default 0,
  unsatisfied integer not null default 0,
  primary key (ballot_id, official_id)
);
-- Paper ballots counted in the room: entries with who and when; an official's latest entry stands.
create table ballot_paper (
  id uuid primary key default gen_random_uuid(),
  ballot_id uuid not null references ballots (id),
  official_id uuid not null references officials (id),
  satisfied integer not null check (satisfied >= 0),
  basic integer not null check (basic >= 0),
  unsatisfied integer not null check (unsatisfied >= 0),
  entered_by uuid not null references users (id),
  entered_at timestamptz not null default now()
);
create index ballot_paper_of on ballot_paper (ballot_id, official_id, entered_at desc);

-- A member's vote is audited as cast (never how); the binding that makes a member as a grant.
alter table audit_log drop constraint audit_log_kind_check;
alter table audit_log add constraint audit_log_kind_check check (kind in (
  'phone.read', 'case.open', 'data.change', 'case.claim', 'report.export', 'role.grant', 'role.revoke', 'credential.change',
  'signin.fail', 'activity.decide', 'vote.paper', 'report.publish', 'words.change', 'vote.cast'));
`
