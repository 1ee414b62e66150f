import type { CaseLocation } from '../../core/fields'
import { distanceText } from '../../core/places/distance'
import type { RoutePreview } from '../../core/places/types'
import { ApiError } from '../../services/api/call'
import { routeCase } from '../../services/api/cases'
import { getDeputy } from '../../services/api/deputies'
import { getNotice } from '../../services/api/notices'

/** Every way in: a deputy's code, a reception day (提前征集), a station's code, or 我要反映 with a place. */
export type SubmitTarget =
  | { kind: 'deputy'; key: string; to: { deputyCode: string } }
  | { kind: 'notice'; key: string; to: { noticeId: string } }
  | { kind: 'station'; key: string; to: { stationCode: string } }
  | { kind: 'general'; key: string; to: Record<string, never> }

export function targetOf(params: Partial<Record<string, string>>): SubmitTarget {
  if (params.notice) return { kind: 'notice', key: `notice:${params.notice}`, to: { noticeId: params.notice } }
  if (params.station) return { kind: 'station', key: `station:${params.station}`, to: { stationCode: params.station } }
  if (params.code) return { kind: 'deputy', key: params.code, to: { deputyCode: params.code } }
  return { kind: 'general', key: 'general', to: {} }
}

/** What the form says about where the concern goes, and the categories to pick from. */
export interface TargetView {
  lead: string
  title: string
  note: string
  categories: string[]
}

/** The station's (or the office's) rule, in words a resident reads before sending. */
function routeNote(r: RoutePreview, placed: boolean): string {
  if (r.by === 'code' && r.onDuty && r.onDutyToday.length > 1) return `今天值班的代表是${r.onDutyToday.join('、')}；您的诉求先交给${r.onDuty}代表，联络站工作人员也会看到`
  if (r.by === 'code') return r.onDuty ? `今天的值班代表${r.onDuty}会收到您的诉求` : '联络站工作人员会收到并安排代表处理'
  if (r.by === 'area') return '您标注的位置在这个联络站的服务范围内'
  if (r.by === 'nearest') return `这是离您标注的位置最近的联络站（约 ${distanceText(r.km ?? 0)}）`
  return placed ? '附近没有联络站，由区人大常委会办公室受理并转交' : '标注问题发生的位置后，会交给负责那里的联络站；不标注则由区人大常委会办公室受理'
}

export async function loadTarget(t: SubmitTarget, location: CaseLocation | null): Promise<TargetView> {
  switch (t.kind) {
    case 'deputy': {
      const d = await getDeputy(t.to.deputyCode)
      if (d.retired) throw new ApiError('CONFLICT', `${d.name}代表已离任，请向${d.station.name}反映问题`)
      return { lead: '反映给', title: `${d.name}（${d.station.name}）`, note: '', categories: d.categories }
    }
    case 'notice': {
      const n = await getNotice(t.to.noticeId)
      return { lead: '提前征集：接待日前提交，接待代表会看到', title: `${n.stationName}接待日：${n.theme}`, note: '', categories: n.categories }
    }
    case 'station':
    case 'general': {
      const r = await routeCase({ ...t.to, ...(t.kind === 'general' && location ? { location } : {}) })
      return {
        lead: t.kind === 'station' ? '反映给联络站' : '将交给',
        title: r.station?.name ?? '区人大常委会办公室',
        note: routeNote(r, Boolean(location)),
        categories: r.categories,
      }
    }
  }
}
