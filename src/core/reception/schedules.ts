import dayjs from 'dayjs'
import { CHINA, findWorkday, type Calendar } from '../calendar'
import { WEEKDAY_NAMES } from '../time'

/**
 * Reception days (接待日): a one-off date, or a rule such as "monthly on the 11th" or "every
 * Wednesday afternoon", from a start to an end time on the day. With `workdayShift`, a date
 * that falls on a holiday or weekend moves to the next working day (the district's calendar).
 */
export type ReceptionRule =
  | { kind: 'once'; date: string }
  | { kind: 'monthly'; day: number }
  | { kind: 'weekly'; weekday: number }

export interface ReceptionSchedule {
  rule: ReceptionRule
  /** HH:mm, Shanghai. */
  start: string
  end: string
  workdayShift: boolean
}


/** 每月11日 14:30–17:00, 每周三 14:30–17:00, 2026年12月11日 9:00–11:30. */
export function scheduleText(s: ReceptionSchedule): string {
  const r = s.rule
  const when =
    r.kind === 'once' ? dayjs(r.date).format('YYYY年M月D日') : r.kind === 'monthly' ? `每月${r.day}日` : `每周${WEEKDAY_NAMES[r.weekday - 1]}`
  return `${when} ${s.start}–${s.end}${s.workdayShift && r.kind !== 'once' ? '（遇节假日顺延）' : ''}`
}

/** The rule's own dates from `from` on (YYYY-MM-DD), before any shift; a monthly 31st is each month's last day. */
function ruleDates(rule: ReceptionRule, from: string, count: number): string[] {
  if (rule.kind === 'once') return rule.date >= from ? [rule.date] : []
  const out: string[] = []
  if (rule.kind === 'weekly') {
    let d = dayjs(from)
    d = d.add((rule.weekday - (d.day() === 0 ? 7 : d.day()) + 7) % 7, 'day')
    for (let i = 0; i < count; i++) out.push(d.add(i * 7, 'day').format('YYYY-MM-DD'))
    return out
  }
  for (let m = dayjs(from).startOf('month'); out.length < count + 1; m = m.add(1, 'month')) {
    const d = m.date(Math.min(rule.day, m.daysInMonth())).format('YYYY-MM-DD')
    if (d >= from) out.push(d)
  }
  return out.slice(0, count)
}

/**
 * The next `count` reception dates on or after `from` (a Shanghai day), shifted to working
 * days when asked. A shift never lands on or before the previous date.
 */
export function nextReceptionDates(s: ReceptionSchedule, from: string, count: number, calendar: Calendar = CHINA): string[] {
  // Look back a week: a date before `from` may shift onto or past it.
  const lookBack = dayjs(from).subtract(7, 'day').format('YYYY-MM-DD')
  const raw = ruleDates(s.rule, s.rule.kind === 'once' ? from : lookBack, count + 2)
  const shifted = s.workdayShift ? raw.map((d) => findWorkday(calendar, 0, d)) : raw
  return [...new Set(shifted)].filter((d) => d >= from).slice(0, count)
}

/** A moment on a Shanghai day: `2026-12-11` + `14:30` → the instant. */
export const shanghaiInstant = (day: string, time: string): Date => new Date(`${day}T${time}:00+08:00`)

/** Appointment slots of a reception day: every `minutes` from start until end. */
export function slotTimes(start: string, end: string, minutes: number): string[] {
  const out: string[] = []
  const [sh, sm] = start.split(':').map(Number)
  const [eh, em] = end.split(':').map(Number)
  for (let t = sh * 60 + sm; t + minutes <= eh * 60 + em; t += minutes) {
    out.push(`${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`)
  }
  return out
}
