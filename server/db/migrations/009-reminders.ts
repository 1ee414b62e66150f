export default /* sql */ `
-- Pushes that belong to no case step (the reminder the day before an appointment): no event,
-- no case, their own page; kept once by the appointment's reminded_at.
alter table outbox alter column event_id drop not null;
alter table outbox alter column case_id drop not null;
alter table outbox add column page text;
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check check (kind in ('status', 'todo', 'reminder'));
create index appointments_unreminded on appointments (slot_id) where reminded_at is null and status in ('booked', 'confirmed');
`
