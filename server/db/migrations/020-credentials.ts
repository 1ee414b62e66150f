export default /* sql */ `
-- Staff at a desktop browser sign in with an account, a password (argon2id) and a TOTP code.
create table credentials (
  user_id uuid primary key references users (id),
  account text not null unique,
  password_hash text not null,
  -- The TOTP secret, sealed with PHONE_KEY; confirmed once the person typed a code it made.
  totp_enc text,
  totp_confirmed boolean not null default false,
  -- The last time step a code was accepted for: a code is good once.
  totp_last_step bigint not null default 0,
  failed integer not null default 0,
  locked_until timestamptz,
  updated_at timestamptz not null default now()
);
`
