import type { Queryable } from '../db/queryable'

export interface CredentialRow {
  user_id: string
  account: string
  password_hash: string
  totp_enc: string | null
  totp_confirmed: boolean
  totp_last_step: string
  failed: number
  locked: boolean
}

const ROW = 'user_id, account, password_hash, totp_enc, totp_confirmed, totp_last_step, failed, coalesce(locked_until > now(), false) as locked'

export async function credentialOfUser(q: Queryable, userId: string): Promise<CredentialRow | null> {
  const [row] = await q.query<CredentialRow>(`select ${ROW} from credentials where user_id = $1 for update`, [userId])
  return row ?? null
}

/** Locked for the sign-in's counting: tries at one account take turns. */
export async function credentialOfAccount(q: Queryable, account: string): Promise<CredentialRow | null> {
  const [row] = await q.query<CredentialRow>(`select ${ROW} from credentials where lower(account) = lower($1) for update`, [account])
  return row ?? null
}

export async function accountTakenByOther(q: Queryable, account: string, userId: string): Promise<boolean> {
  return (await q.query('select 1 from credentials where lower(account) = lower($1) and user_id <> $2', [account, userId])).length > 0
}

export async function savePassword(q: Queryable, userId: string, account: string, passwordHash: string): Promise<void> {
  await q.query(
    `insert into credentials (user_id, account, password_hash) values ($1, $2, $3)
     on conflict (user_id) do update set account = excluded.account, password_hash = excluded.password_hash, failed = 0, locked_until = null, updated_at = now()`,
    [userId, account, passwordHash],
  )
}

export async function saveTotp(q: Queryable, userId: string, sealed: string): Promise<void> {
  await q.query('update credentials set totp_enc = $2, totp_confirmed = false, totp_last_step = 0, updated_at = now() where user_id = $1', [userId, sealed])
}

export async function confirmTotpRow(q: Queryable, userId: string, step: number): Promise<void> {
  await q.query('update credentials set totp_confirmed = true, totp_last_step = $2, updated_at = now() where user_id = $1', [userId, step])
}

/** A wrong try: the fifth in a row locks the account for 15 minutes (and the count starts again); answers whether this one locked it. */
export async function countFailure(q: Queryable, userId: string, limit: number, lockMinutes: number): Promise<boolean> {
  const [row] = await q.query<{ locked: boolean }>(
    `update credentials set failed = case when failed + 1 >= $2 then 0 else failed + 1 end,
       locked_until = case when failed + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
      where user_id = $1 returning locked_until > now() as locked`,
    [userId, limit, lockMinutes],
  )
  return row?.locked ?? false
}

/** Since when the person's first setup of credentials is open: their binding, or an admin's reset, whichever came last. */
export async function setupOpenSince(q: Queryable, userId: string): Promise<Date | null> {
  const [row] = await q.query<{ since: Date | null }>('select greatest(bound_at, credentials_reset_at) as since from users where id = $1', [userId])
  return row?.since ? new Date(row.since) : null
}

/** An admin's reset: the person's password and second factor are gone; a new first setup opens for a day. */
export async function resetCredentialsOf(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from credentials where user_id = $1', [userId])
  await q.query('update users set credentials_reset_at = now() where id = $1', [userId])
}

export async function signedIn(q: Queryable, userId: string, step: number): Promise<void> {
  await q.query('update credentials set failed = 0, locked_until = null, totp_last_step = $2 where user_id = $1', [userId, step])
}
