export default /* sql */ `
-- 座谈会 / 征求意见会: a reception notice tied to a draft law; what was said there is recorded as comments, by article.
alter table reception_notices add column consultation_id uuid references consultations (id);
alter table consultation_comments add column notice_id uuid references reception_notices (id);
`
