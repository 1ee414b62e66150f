export default /* sql */ `
-- Each deputy's (and station's) QR code is made once and kept: wxacode.getUnlimited is rate-limited.
create table qr_codes (
  kind text not null check (kind in ('deputy', 'station')),
  code text not null,
  storage_key text not null,
  created_at timestamptz not null default now(),
  primary key (kind, code)
);
`
