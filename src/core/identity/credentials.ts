/**
 * Credentials need credentials (等保 level 3). The first password and second factor are set
 * freely only while the first setup is open: within a day of binding the role, or of an admin's
 * reset, and before a second factor is confirmed. Every later change asks for the current
 * password and a current code.
 */
export const SETUP_HOURS = 24

export type CredentialGate = 'setup' | 'proof'

export function credentialGate(s: { complete: boolean; openSince: Date | null; now: Date }): CredentialGate {
  const open = s.openSince !== null && s.now.getTime() - s.openSince.getTime() < SETUP_HOURS * 3_600_000
  return !s.complete && open ? 'setup' : 'proof'
}

/** Sign-in failures an address may make in a window before it is refused (next to each account's own lock). */
export const SIGN_IN_FAILURES = { perAddress: 20, windowMinutes: 15 } as const
