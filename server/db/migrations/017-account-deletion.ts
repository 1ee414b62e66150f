export default /* sql */ `
-- An account its owner deleted: kept (their cases stay for the record), unlinked from any WeChat identity.
alter table users add column deleted_at timestamptz;
`
