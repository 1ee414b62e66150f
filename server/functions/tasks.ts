import { tasksEvent } from '../../src/core/accountability/schemas'
import { behind, progress } from '../accountability/tasks'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 履职任务: what a deputy has done of the district's tasks this month, quarter and year; who is behind. */
export const tasks: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(tasksEvent, raw)
  switch (e.action) {
    case 'progress':
      return progress(ctx, e.deputyCode, e.period)
    case 'behind':
      return behind(ctx, e.stationCode)
  }
}
