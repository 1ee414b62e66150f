export default /* sql */ `
-- 协办 units send their written views to the 主办 within a month of 交办: each is reminded once, three days before.
alter table suggestion_units add column view_reminded boolean not null default false;
-- A B answer's unit reports progress each quarter until done: asked when a quarter passed without a report.
alter table suggestions add column progress_asked_at timestamptz;
`
