export default /* sql */ `
-- 基层立法联系点: a station the admin marks takes part in consultations on draft laws (its 类型 stays as it is).
alter table stations add column legislative_point boolean not null default false;

-- A draft law put to residents: split into its articles, open for comments until its deadline.
create table consultations (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  -- Short, for a poster's QR (a wxacode scene holds 32 characters).
  code text not null unique,
  title text not null,
  asked_by text not null,
  deadline date not null,
  explanation text not null default '',
  preamble text not null default '',
  status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
  created_by uuid not null references users (id),
  -- A contact point's staff made it (a draft sent down to them); null: the office.
  station_id uuid references stations (id),
  published_at timestamptz,
  closed_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index consultations_district on consultations (district_id, created_at desc);
create index consultations_open on consultations (published_at desc, id desc) where published_at is not null;

-- The contact points taking part.
create table consultation_points (
  consultation_id uuid not null references consultations (id),
  station_id uuid not null references stations (id),
  primary key (consultation_id, station_id)
);

-- One row per 条: its number, label, the 编/章/节 path above it, its 款 one per line, and the current law's words where it is revised.
create table consultation_articles (
  id uuid primary key default gen_random_uuid(),
  consultation_id uuid not null references consultations (id),
  no integer not null,
  label text not null,
  heading text,
  text text not null,
  current_text text,
  unique (consultation_id, no)
);

-- What people said, on an article (naming its 款, perhaps) or on the whole draft; a name and phone only for the staff.
create table consultation_comments (
  id uuid primary key default gen_random_uuid(),
  consultation_id uuid not null references consultations (id),
  article_id uuid references consultation_articles (id),
  clause integer,
  author_id uuid not null references users (id),
  text text not null,
  name text,
  phone_enc text,
  phone_masked text,
  created_at timestamptz not null default now()
);
create index consultation_comments_article on consultation_comments (consultation_id, article_id, created_at);
create index consultation_comments_author on consultation_comments (author_id, consultation_id);

-- Comments the check was unsure of wait for review like other words.
alter table screenings drop constraint screenings_kind_check;
alter table screenings add constraint screenings_kind_check
  check (kind in ('case', 'note', 'notice', 'minutes', 'photo', 'bio', 'proposal', 'dutyReport', 'activity', 'suggestion', 'comment'));
`
