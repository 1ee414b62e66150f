import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** China keeps one offset all year (no daylight saving): UTC+8. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60

export const shanghaiYear = (at: Date): number => dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).year()

/** A timestamp as people in China read it: 2026-11-22 10:05. */
export const formatShanghai = (iso: string): string =>
  dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm')
