import { Text, View } from '@tarojs/components'
import type { DeputyPage } from '../core/accountability/types'
import { formatShanghai } from '../core/time'
import { nav } from '../services/platform'
import { NoticeCard } from './notice-card'
import { ReportButton } from './report-button'
import { DutyCard } from './duty-card'
import { percentText } from '../core/percent'

const hours = (h: number | null) => (h === null ? '—' : h < 1 ? `${Math.max(1, Math.round(h * 60))} 分钟` : `${h} 小时`)

/** The live part of a deputy's page: figures from the cases, their 履职, duty days, and resolved cases residents let be shown. */
export function DeputyRecord({ code, data }: { code: string; data: DeputyPage }) {
  const f = data.figures
  const cells: [string, string, string][] = [
    ['received', '收到诉求', String(f.received)],
    ['answered', '当场答复', String(f.answered)],
    ['dispatched', '派单办理', String(f.dispatched)],
    ['resolved', '已办结', String(f.resolved)],
    ['rated', '群众评价', String(f.rated)],
    ['rate', '满意率', percentText(f.satisfactionRate)],
  ]
  return (
    <>
      <View className='card deputy-figures'>
        <Text className='section-title'>履职情况</Text>
        <View className='figure-grid'>
          {cells.map(([key, label, value]) => (
            <View key={key} className={`figure-cell figure-cell--${key}`}>
              <Text className='figure'>{value}</Text>
              <Text className='muted'>{label}</Text>
            </View>
          ))}
        </View>
        <Text className='muted first-response'>{`首次响应用时（中位数）：${hours(f.medianFirstResponseHours)}`}</Text>
      </View>
      <DutyCard code={code} duty={data.duty} />
      {data.upcoming.length > 0 && (
        <View className='card'>
          <Text className='section-title'>接待日</Text>
          {data.upcoming.map((n) => (
            <NoticeCard key={n.id} notice={n} onClick={() => nav.to(`/packages/stations/notice/index?id=${n.id}`)} />
          ))}
        </View>
      )}
      {data.recent.length > 0 && (
        <View className='card'>
          <Text className='section-title'>最近办结</Text>
          {data.recent.map((c) => (
            <View key={c.id} className='public-case'>
              <Text className='muted'>{`${c.category} · ${formatShanghai(c.resolvedAt).slice(0, 10)}${c.rating ? ` · 群众${c.rating}` : ''}`}</Text>
              <Text className='public-case__text'>{c.excerpt}</Text>
              {c.result && <Text className='public-case__result'>{`办理结果：${c.result}`}</Text>}
              <ReportButton kind='case' id={c.id} />
            </View>
          ))}
        </View>
      )}
    </>
  )
}
