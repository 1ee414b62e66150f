export default /* sql */ `
-- 建议办理: a B answer's progress reports until its unit declares it done (回头看); answers the office keeps off the
-- public page; people who follow a published suggestion.
create table suggestion_progress (
  id uuid primary key default gen_random_uuid(),
  suggestion_id uuid not null references suggestions (id),
  percent int not null check (percent between 0 and 100),
  note text not null,
  done boolean not null default false,
  user_id uuid not null references users (id),
  at timestamptz not null default now()
);
create index suggestion_progress_suggestion on suggestion_progress (suggestion_id, at);
alter table suggestions add column progress_done boolean not null default false;
alter table suggestions add column withheld_reason text;

create table suggestion_followers (
  suggestion_id uuid not null references suggestions (id),
  user_id uuid not null references users (id),
  at timestamptz not null default now(),
  primary key (suggestion_id, user_id)
);
create index suggestion_followers_user on suggestion_followers (user_id);
`
