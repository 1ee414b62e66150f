/** Readable case numbers, e.g. LZ-2026-000123: district prefix, year, sequence. */
export const formatCaseNumber = (prefix: string, year: number, seq: number): string =>
  `${prefix}-${year}-${String(seq).padStart(6, '0')}`
