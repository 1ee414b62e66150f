export default /* sql */ `
-- What a contact point makes of the comments: an opinion in legal language (修改建议 and 理由) on an
-- article or the whole draft, submitted to the asking body; after the law passes, what became of it.
create table consultation_opinions (
  id uuid primary key default gen_random_uuid(),
  consultation_id uuid not null references consultations (id),
  article_id uuid references consultation_articles (id),
  -- The contact point whose opinion it is (the office's own: null).
  station_id uuid references stations (id),
  text text not null,
  reason text not null,
  author_id uuid not null references users (id),
  outcome text check (outcome in ('采纳', '部分采纳', '未采纳')),
  outcome_note text,
  marked_at timestamptz,
  created_at timestamptz not null default now()
);
create index consultation_opinions_of on consultation_opinions (consultation_id, created_at);

-- Each comment feeds one opinion, or is set aside with a reason; staff enter what was said on paper or by phone.
alter table consultation_comments
  add column opinion_id uuid references consultation_opinions (id),
  add column skip_reason text,
  add column entered_by uuid references users (id);
create index consultation_comments_opinion on consultation_comments (opinion_id) where opinion_id is not null;

-- The law as passed, article by article, each matched to the draft's article it came from (by its words).
create table consultation_finals (
  consultation_id uuid not null references consultations (id),
  no integer not null,
  label text not null,
  text text not null,
  draft_article_id uuid references consultation_articles (id),
  changed boolean not null,
  primary key (consultation_id, no)
);
alter table consultations add column final_at timestamptz, add column notified_at timestamptz;

-- When each contact point sent its opinions to the asking body.
create table consultation_submissions (
  consultation_id uuid not null references consultations (id),
  station_id uuid references stations (id),
  by_id uuid not null references users (id),
  at timestamptz not null default now()
);

-- A message may open a page of the app (a draft law's comparison), as a case's opens the case.
alter table messages add column path text;

alter table exports drop constraint exports_kind_check;
alter table exports add constraint exports_kind_check check (kind in ('cases', 'report', 'points', 'suggestions', 'legislation'));
`
