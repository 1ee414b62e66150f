import { isWorkday as chinaWorkday } from 'chinese-days'
import dayjs from 'dayjs'

/**
 * Working days: China's calendar (chinese-days knows the State Council's holidays and make-up
 * working days through 2026) under a district's own entries, which an admin enters or imports
 * as each new year's are published — 休 a day off, 班 a working day.
 */
export type DayKind = '休' | '班'

/** A district's own days (YYYY-MM-DD → 休 or 班); every other day is as China's calendar has it. */
export type Calendar = Readonly<Record<string, DayKind>>

/** China's calendar alone. */
export const CHINA: Calendar = Object.freeze({})

/** China's calendar, looked up once per day: a report asks about the same days again and again. */
const chinaDays = new Map<string, boolean>()
const isChinaWorkday = (day: string): boolean => {
  let v = chinaDays.get(day)
  if (v === undefined) chinaDays.set(day, (v = chinaWorkday(day)))
  return v
}

export const isWorkday = (cal: Calendar, day: string): boolean => (cal[day] ? cal[day] === '班' : isChinaWorkday(day))

const next = (day: string) => dayjs(day).add(1, 'day').format('YYYY-MM-DD')

/** With n = 0, the day itself when it is a working day, else the next one; with n > 0, the n-th working day after it. */
export function findWorkday(cal: Calendar, n: number, day: string): string {
  let d = day
  if (n === 0) {
    while (!isWorkday(cal, d)) d = next(d)
    return d
  }
  for (let left = n; left > 0; ) {
    d = next(d)
    if (isWorkday(cal, d)) left--
  }
  return d
}

/**
 * For each day from `from` through `through`, how many working days have ended by its end: the
 * working days between two days are the difference of their counts.
 */
export function workdayCounts(from: string, through: string, calendar: Calendar): number[] {
  const out: number[] = []
  let n = 0
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${through}T00:00:00Z`); t <= end; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10)
    if (isWorkday(calendar, day)) n++
    out.push(n)
  }
  return out
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workdaysAfter(from: string, to: string, calendar: Calendar): number {
  if (to <= from) return 0
  const counts = workdayCounts(from, to, calendar)
  return counts[counts.length - 1] - counts[0]
}
