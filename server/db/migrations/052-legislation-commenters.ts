export default /* sql */ `
-- Who commented on what, once each (an account, or the name and phone staff wrote down), with a
-- counter on each article and on the whole draft: the heat list reads counters, not every comment.
create table consultation_commenters (
  consultation_id uuid not null references consultations (id),
  -- The article's id; '' for the whole draft.
  article_key text not null,
  person text not null,
  primary key (consultation_id, article_key, person)
);
alter table consultation_articles add column commenters integer not null default 0;
alter table consultations add column general_commenters integer not null default 0;
insert into consultation_commenters (consultation_id, article_key, person)
  select distinct consultation_id, coalesce(article_id::text, ''),
         case when entered_by is null then author_id::text else 'n:' || coalesce(name, '') || coalesce(phone_masked, '') end
    from consultation_comments;
update consultation_articles a set commenters = (select count(*) from consultation_commenters k where k.consultation_id = a.consultation_id and k.article_key = a.id::text);
update consultations c set general_commenters = (select count(*) from consultation_commenters k where k.consultation_id = c.id and k.article_key = '');
`
