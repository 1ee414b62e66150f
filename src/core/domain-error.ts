import type { ResultCode } from './envelope'

/**
 * A coded failure the domain raises; the function runtime turns it into an envelope.
 * `reason` is a dotted, stable name (CASE.INVALID_TRANSITION) for logs and tests;
 * `message` is Chinese and fit to show a person. Built only by the catalogues (core/errors.ts
 * and each capability's core/<feature>/errors.ts, which it assembles).
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ResultCode, 'OK'>,
    readonly reason: string,
    message: string,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError

/** A catalogue entry's maker for one envelope code: `(reason, message) => DomainError`. */
export const as = (code: Exclude<ResultCode, 'OK'>) => (reason: string, message: string) => new DomainError(code, reason, message)
export const invalid = as('VALIDATION')
export const missing = as('NOT_FOUND')
export const denied = as('FORBIDDEN')
export const clash = as('CONFLICT')
export const limited = as('RATE_LIMITED')
export const unsigned = as('UNAUTHENTICATED')

/** A capability's catalogue: its entries grouped by envelope code, as `errors` groups them. */
export type Catalogue = Partial<Record<'unauthenticated' | 'rateLimited' | 'validation' | 'notFound' | 'forbidden' | 'conflict', Record<string, (...args: never[]) => DomainError>>>
