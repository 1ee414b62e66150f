export default /* sql */ `
-- 学习宣传: short items a station or the district publishes (a law and what it changes, 民生实事
-- done, a forum's outcome), with photos; withdrawn, never deleted.
create table study_posts (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  -- null: the district's own.
  station_id uuid references stations (id),
  kind text not null check (kind in ('法规解读', '民生实事', '座谈成果', '工作动态')),
  title text not null,
  body text not null,
  author_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  withdrawn_at timestamptz
);
create index study_posts_district on study_posts (district_id, created_at desc, id desc) where withdrawn_at is null;
create index study_posts_station on study_posts (station_id, created_at desc, id desc) where withdrawn_at is null;
alter table media add column post_id uuid references study_posts (id);

-- The deputies' reading list: a law or a training material, with a short quiz (answers kept here, never sent to a reader).
create table study_materials (
  id uuid primary key default gen_random_uuid(),
  district_id uuid not null references districts (id),
  kind text not null check (kind in ('法律法规', '培训资料')),
  title text not null,
  body text not null,
  link text,
  quiz jsonb not null,
  created_by uuid not null references users (id),
  created_at timestamptz not null default now()
);
create index study_materials_district on study_materials (district_id, created_at desc);

-- A deputy who passed a material's quiz, once: a 培训学习 item of their record.
create table study_passes (
  material_id uuid not null references study_materials (id),
  deputy_id uuid not null references deputies (id),
  right_answers integer not null,
  passed_at timestamptz not null default now(),
  primary key (material_id, deputy_id)
);
create index study_passes_deputy on study_passes (deputy_id, passed_at);

alter table screenings drop constraint screenings_kind_check;
alter table screenings add constraint screenings_kind_check
  check (kind in ('case', 'note', 'notice', 'minutes', 'photo', 'bio', 'proposal', 'dutyReport', 'activity', 'suggestion', 'comment', 'post'));
`
