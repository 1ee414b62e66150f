export default /* sql */ `
-- 专家库: the lawyers and experts of a district's legislative contact points. A consultant's
-- account is bound to one entry; an entry set inactive ends what the account may do at once.
create table consultants (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  code text not null,
  name text not null,
  field text not null,
  organisation text not null,
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (district_id, code)
);

alter table users add column consultant_id uuid references consultants (id);
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('resident', 'deputy', 'staff', 'department', 'office', 'admin', 'consultant'));
alter table bindings add column consultant_id uuid references consultants (id);
alter table bindings drop constraint bindings_role_check;
alter table bindings add constraint bindings_role_check check (role in ('deputy', 'staff', 'department', 'office', 'admin', 'consultant'));

-- The contact point a comment came through (a station's page, a forum): participation by street.
alter table consultation_comments add column station_id uuid references stations (id);
update consultation_comments c set station_id = n.station_id from reception_notices n where n.id = c.notice_id;

-- Residents who follow a draft hear when its summary is published and when the law is passed.
create table consultation_followers (
  consultation_id uuid not null references consultations (id),
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  primary key (consultation_id, user_id)
);

-- A draft's QR code (scene l=CODE) is kept like a deputy's and a station's.
alter table qr_codes drop constraint qr_codes_kind_check;
alter table qr_codes add constraint qr_codes_kind_check check (kind in ('deputy', 'station', 'consultation'));

-- The summary of what residents said (意见综述), published by the team once the period ends.
alter table consultations add column summary text, add column summary_at timestamptz;
`
