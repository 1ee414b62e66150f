/** What the repositories need of a connection: parameterised queries and plain scripts. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  exec(sql: string): Promise<void>
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs fn in one transaction; a throw rolls everything back. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Words to find anywhere in a column (`ilike $n`): LIKE's own characters taken literally; null for no words. */
export const containsPattern = (words: string | undefined): string | null => (words ? `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null)

/** A timestamp column as the JSON the views answer with: 2026-11-22T02:05:00.000Z. */
export const isoText = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** SQL of a timestamp column's Shanghai calendar day (YYYY-MM-DD), as the product's days are counted. */
export const shanghaiDaySql = (column: string): string => `to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
