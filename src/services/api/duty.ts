import type { activitiesEvent, dutyReportsEvent, pointsEvent, tasksEvent } from '../../core/accountability/schemas'
import type { ActivityView, BehindRow, DutyDraft, DutyReportView, PointsView, ProgressView, RankingRow, RulesView } from '../../core/accountability/types'
import { callFunction, PUBLIC, type Args } from './call'

type Page<T> = { items: T[]; cursor?: string }

/** 履职档案: recording, verifying and reading activities. */
export const recordActivity = (e: Args<typeof activitiesEvent, 'record'>) => callFunction<{ id: string; status: 'pending' }>('activities', { action: 'record', ...e })
export const verifyActivity = (id: string) => callFunction<ActivityView>('activities', { action: 'verify', id })
export const returnActivity = (id: string, reason: string) => callFunction<ActivityView>('activities', { action: 'return', id, reason })
export const publicActivities = (deputyCode: string, cursor?: string) => callFunction<Page<ActivityView>>('activities', { action: 'list', deputyCode, cursor }, PUBLIC)
export const myActivities = (cursor?: string) => callFunction<Page<ActivityView>>('activities', { action: 'mine', cursor })
export const pendingActivities = (cursor?: string) => callFunction<Page<ActivityView>>('activities', { action: 'pending', cursor })

/** 履职积分: a deputy's score (public), rankings, the rule table. */
export const deputyPoints = (e: Args<typeof pointsEvent, 'get'>) => callFunction<PointsView>('points', { action: 'get', ...e })
export const pointsRanking = (e: Args<typeof pointsEvent, 'ranking'>) => callFunction<{ from: string; to: string; rows: RankingRow[] }>('points', { action: 'ranking', ...e })
export const pointRules = () => callFunction<RulesView>('points', { action: 'rules' })
export const savePointRules = (e: Args<typeof pointsEvent, 'saveRules'>) => callFunction<RulesView>('points', { action: 'saveRules', ...e })

/** 履职任务. */
export const taskProgress = (e: Args<typeof tasksEvent, 'progress'>) => callFunction<ProgressView>('tasks', { action: 'progress', ...e })
export const tasksBehind = (e: Args<typeof tasksEvent, 'behind'> = {}) => callFunction<{ rows: BehindRow[] }>('tasks', { action: 'behind', ...e })

/** 述职. */
export const draftDutyReport = (e: Args<typeof dutyReportsEvent, 'draft'>) => callFunction<DutyDraft>('dutyReports', { action: 'draft', ...e })
export const publishDutyReport = (e: Args<typeof dutyReportsEvent, 'publish'>) => callFunction<DutyReportView>('dutyReports', { action: 'publish', ...e })
export const rateDutyReport = (e: Args<typeof dutyReportsEvent, 'rate'>) => callFunction<DutyReportView>('dutyReports', { action: 'rate', ...e })
export const paperVotes = (e: Args<typeof dutyReportsEvent, 'paper'>) => callFunction<DutyReportView>('dutyReports', { action: 'paper', ...e })
export const stationDutyReports = (e: Args<typeof dutyReportsEvent, 'station'>) => callFunction<{ items: DutyReportView[] }>('dutyReports', { action: 'station', ...e })
/** A deputy's published 述职, read signed in when the reader is, so it says what they gave. */
export const dutyReport = (e: Args<typeof dutyReportsEvent, 'get'>, signedIn: boolean) =>
  callFunction<DutyReportView>('dutyReports', { action: 'get', ...e }, signedIn ? {} : PUBLIC)
