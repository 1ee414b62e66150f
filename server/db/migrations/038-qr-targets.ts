export default /* sql */ `
-- The address a kept QR code opens (a plain QR of the H5 pages; '' for WeChat's codes): a code
-- made while the host pointed at itself is made again once PUBLIC_URL names a real address.
alter table qr_codes add column target text not null default '';
`
