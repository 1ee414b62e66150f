/** A rate (0–1) as people read it, to one decimal (83.3%); `none` before there is any. */
export const percentText = (rate: number | null, none = '—'): string => (rate === null ? none : `${Math.round(rate * 1000) / 10}%`)
