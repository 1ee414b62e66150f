import type { ResultCode } from './envelope'

/**
 * A coded failure the domain raises; the function runtime turns it into an envelope.
 * `reason` is a dotted, stable name (CASE.INVALID_TRANSITION) for logs and tests;
 * `message` is Chinese and fit to show a person.
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
