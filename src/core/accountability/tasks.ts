import type { RecordItem } from './kinds'
import { periodOf, type PeriodSpan } from './periods'
import type { DutyTask } from './rules'

/** What counted toward a task: an item of the record, or a 述职 that voters rated. */
export interface Counted {
  source: RecordItem['source'] | 'dutyReport'
  refId: string
  kind: string
  at: string
  label: string
}

export interface TaskProgress {
  task: { key: string; name: string; period: DutyTask['period'] }
  period: PeriodSpan
  done: number
  required: number
  counted: Counted[]
}

/** A 述职 with ratings: what the evaluation task counts. */
export interface RatedReport {
  id: string
  year: number
  at: string
}

/**
 * Each task's progress in its period holding `day`: the verified record's items of its kinds,
 * the quarters with a record, or the year's rated 述职. `items` must cover the year of `day`.
 */
export function taskProgress(tasks: readonly DutyTask[], items: readonly RecordItem[], rated: readonly RatedReport[], day: string): TaskProgress[] {
  return tasks.map((task) => {
    const period = periodOf(day, task.period)
    const within = items.filter((i) => i.at >= period.from && i.at <= period.to).sort((a, b) => a.at.localeCompare(b.at) || a.refId.localeCompare(b.refId))
    let counted: Counted[]
    if (task.counts === 'ratings') {
      counted = rated.filter((r) => String(r.year) === period.key).map((r) => ({ source: 'dutyReport', refId: r.id, kind: '述职评议', at: r.at, label: `${r.year}年述职` }))
    } else if (task.counts === 'quarters') {
      const firsts = new Map<string, RecordItem>()
      for (const i of within) {
        const quarter = periodOf(i.at, 'quarter').key
        if (i.source === 'activity' && !firsts.has(quarter)) firsts.set(quarter, i)
      }
      counted = [...firsts.values()]
    } else {
      const kinds: readonly string[] = task.counts
      counted = within.filter((i) => kinds.includes(i.kind))
    }
    return { task: { key: task.key, name: task.name, period: task.period }, period, done: counted.length, required: task.required, counted }
  })
}

/** The tasks not yet met. */
export const unmet = (progress: readonly TaskProgress[]): TaskProgress[] => progress.filter((p) => p.done < p.required)
