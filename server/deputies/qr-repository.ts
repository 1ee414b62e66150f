import type { Scene } from '../../src/core/scene'
import type { Queryable } from '../db/queryable'

/** The kept code of a deputy or station, when it was made for `target` (the address it opens). */
export async function qrKey(q: Queryable, kind: Scene['kind'], code: string, target: string): Promise<string | null> {
  const [row] = await q.query<{ storage_key: string }>('select storage_key from qr_codes where kind = $1 and code = $2 and target = $3', [kind, code, target])
  return row?.storage_key ?? null
}

/** Keeps a made code, in place of one made for another address; when two made it at once, the first kept wins and is answered. */
export async function keepQr(q: Queryable, kind: Scene['kind'], code: string, target: string, key: string): Promise<string> {
  await q.query(
    `insert into qr_codes (kind, code, storage_key, target) values ($1, $2, $3, $4)
     on conflict (kind, code) do update set storage_key = excluded.storage_key, target = excluded.target where qr_codes.target <> excluded.target`,
    [kind, code, key, target],
  )
  return (await qrKey(q, kind, code, target)) ?? key
}

export async function posterKey(q: Queryable, deputyId: string, digest: string): Promise<string | null> {
  const [row] = await q.query<{ storage_key: string }>('select storage_key from posters where deputy_id = $1 and digest = $2', [deputyId, digest])
  return row?.storage_key ?? null
}

export async function keepPoster(q: Queryable, deputyId: string, digest: string, key: string): Promise<string> {
  await q.query('insert into posters (deputy_id, digest, storage_key) values ($1, $2, $3) on conflict do nothing', [deputyId, digest, key])
  return (await posterKey(q, deputyId, digest))!
}
