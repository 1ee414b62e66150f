export default /* sql */ `
-- 履职 from the record: a submitted suggestion is an item of its 领衔 and 附议 deputies. Every stored rule version gets
-- the two new kinds at their defaults, and its monthly 提出意见建议 task counts them; an activity of kind 意见建议 may
-- name the suggestion it was about, and then the suggestion alone is counted.
update point_rules set rules = jsonb_set(jsonb_set(rules, '{kinds,领衔建议}', '{"points": 3}'), '{kinds,附议建议}', '{"points": 1}')
 where not (rules->'kinds' ? '领衔建议');
update point_rules set rules = jsonb_set(rules, '{tasks}', (
  select coalesce(jsonb_agg(case when t->>'key' = 'suggestion' and jsonb_typeof(t->'counts') = 'array' and not (t->'counts' ? '领衔建议')
                                 then jsonb_set(t, '{counts}', (t->'counts') || '["领衔建议", "附议建议"]') else t end order by i), '[]')
    from jsonb_array_elements(rules->'tasks') with ordinality x (t, i)))
 where jsonb_typeof(rules->'tasks') = 'array';
alter table activities add column suggestion_id uuid references suggestions (id);
`
