/**
 * A client-made id for one submission: the server returns the same case for the same id,
 * so a retry after a lost answer never files twice. (crypto.randomUUID is absent in weapp.)
 */
export function newSubmissionId(): string {
  const rand = Array.from({ length: 4 }, () => Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0'))
  return `${Date.now().toString(36)}-${rand.join('')}`
}
