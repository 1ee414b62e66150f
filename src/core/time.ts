import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** China keeps one offset all year (no daylight saving): UTC+8. */
export const SHANGHAI_OFFSET_MINUTES = 8 * 60

export const shanghaiYear = (at: Date): number => dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).year()

/** A timestamp as people in China read it: 2026-11-22 10:05. */
export const formatShanghai = (iso: string): string =>
  dayjs(iso).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm')

/** As a subscribe message's time field wants it: 2026年11月22日 10:05. */
export const formatShanghaiLong = (at: Date): string => dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY年M月D日 HH:mm')

/** A moment as W3C date-time in Shanghai's offset: 2026-11-22T10:05:00+08:00. */
export const w3cShanghai = (at: Date): string => dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DDTHH:mm:ssZ')

/** The Shanghai calendar day of a moment: YYYY-MM-DD. */
export const shanghaiDay = (at: Date): string => dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD')

/** The hour of the day in Shanghai, 0–23. */
export const shanghaiHour = (at: Date): number => dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).hour()

/** Weekday names, Monday first (ISO weekday 1–7 is index 0–6). */
export const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'] as const

/** A calendar day with its weekday: 2026-12-11 → 12月11日 周五. */
export const dayWithWeekday = (day: string): string => {
  const d = dayjs(`${day}T12:00:00Z`)
  return `${d.format('M月D日')} 周${WEEKDAY_NAMES[(d.day() + 6) % 7]}`
}

/** The start of a Shanghai calendar day given as YYYY-MM-DD. */
export const shanghaiDayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`)

/** The end of a Shanghai calendar day (the next one's start): a period's days end before it. Shanghai keeps no summer time. */
export const shanghaiDayEnd = (day: string): Date => new Date(shanghaiDayStart(day).getTime() + 86_400_000)

/** How a stage's deadline reads in a list: 已超期, 今天到期, 剩 3 天. */
export function dueText(dueAt: string | null, overdue: boolean, now: Date): string | null {
  if (overdue) return '已超期'
  if (!dueAt) return null
  const days = Math.ceil((Date.parse(dueAt) - now.getTime()) / 86_400_000)
  return days <= 0 ? '已超期' : days === 1 ? '今天到期' : `剩 ${days} 天`
}
