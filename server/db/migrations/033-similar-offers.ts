export default /* sql */ `
-- The open cases 'similar' showed a resident while they filed: another's case they may follow
-- although its author did not make it public (a day long). Any other case, by its id, is not there.
create table similar_offers (
  user_id uuid not null references users (id),
  case_id uuid not null references cases (id),
  offered_at timestamptz not null default now(),
  primary key (user_id, case_id)
);
create index similar_offers_at on similar_offers (offered_at);
`
