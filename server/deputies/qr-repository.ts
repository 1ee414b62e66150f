import type { Queryable } from '../db/queryable'

export async function qrKey(q: Queryable, kind: 'deputy' | 'station', code: string): Promise<string | null> {
  const [row] = await q.query<{ storage_key: string }>('select storage_key from qr_codes where kind = $1 and code = $2', [kind, code])
  return row?.storage_key ?? null
}

/** Keeps a made code; when two made it at once, the first kept wins and is answered. */
export async function keepQr(q: Queryable, kind: 'deputy' | 'station', code: string, key: string): Promise<string> {
  await q.query('insert into qr_codes (kind, code, storage_key) values ($1, $2, $3) on conflict (kind, code) do nothing', [kind, code, key])
  return (await qrKey(q, kind, code))!
}

export async function posterKey(q: Queryable, deputyId: string, digest: string): Promise<string | null> {
  const [row] = await q.query<{ storage_key: string }>('select storage_key from posters where deputy_id = $1 and digest = $2', [deputyId, digest])
  return row?.storage_key ?? null
}

export async function keepPoster(q: Queryable, deputyId: string, digest: string, key: string): Promise<string> {
  await q.query('insert into posters (deputy_id, digest, storage_key) values ($1, $2, $3) on conflict do nothing', [deputyId, digest, key])
  return (await posterKey(q, deputyId, digest))!
}
