export default /* sql */ `
-- The self-hosted word list (the admin extends it): refuse a text, or hold it for a person.
create table safety_words (
  word text primary key,
  outcome text not null check (outcome in ('refuse', 'hold')),
  added_by uuid references users (id),
  added_at timestamptz not null default now()
);
insert into safety_words (word, outcome) values
  ('代开发票', 'refuse'), ('办理假证', 'refuse'), ('网络赌博', 'refuse'), ('六合彩', 'refuse'),
  ('出售枪支', 'refuse'), ('贩卖毒品', 'refuse'), ('裸聊', 'refuse'), ('刷单返利', 'refuse'),
  ('自杀', 'hold'), ('爆炸', 'hold');

-- What others would see, as the check or the reports left it: held or hidden until a person
-- releases or refuses it. Content without a row here was never in doubt. Nothing is deleted.
create table screenings (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('case', 'note', 'notice', 'minutes', 'photo', 'bio', 'proposal')),
  ref_id uuid not null,
  district_id uuid not null references districts (id),
  station_id uuid references stations (id),
  author_id uuid references users (id),
  content text not null default '',
  media_key text,
  state text not null check (state in ('held', 'hidden', 'shown', 'refused')),
  cause text not null check (cause in ('check', 'reports')),
  why text[] not null default '{}',
  -- A picture sent to WeChat's asynchronous check: the id its pushed result names.
  trace_id text unique,
  reports int not null default 0,
  reason text,
  decided_by uuid references users (id),
  decided_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (kind, ref_id)
);
create index screenings_waiting on screenings (updated_at desc, id desc) where state in ('held', 'hidden');

-- 举报: one report per person per item.
create table content_reports (
  screening_id uuid not null references screenings (id),
  reporter_id uuid not null references users (id),
  reason text not null,
  created_at timestamptz not null default now(),
  primary key (screening_id, reporter_id)
);
`
