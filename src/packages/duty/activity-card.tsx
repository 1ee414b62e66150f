import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { MediaGallery } from '../../components/media'
import { ACTIVITY_STATUS_LABELS, type ActivityView } from '../../core/accountability/types'
import './duty.css'

/** One activity of a record: kind, day, title, who took part, what was done, its photos; its status where the reader sees it. */
export function ActivityCard({ a, showStatus = false, children }: { a: ActivityView; showStatus?: boolean; children?: ReactNode }) {
  return (
    <View className='list-item activity'>
      <View className='row row--between'>
        <Text className='muted'>{`${a.kind} · ${a.date}${a.place ? ` · ${a.place}` : ''}`}</Text>
        {showStatus && <Text className={`tag activity-status activity-status--${a.status}`}>{ACTIVITY_STATUS_LABELS[a.status]}</Text>}
      </View>
      <Text className='field-value activity-title'>{a.title}</Text>
      {a.deputies.length > 1 && <Text className='muted'>{`参加代表：${a.deputies.map((d) => d.name).join('、')}`}</Text>}
      {a.text && <Text className='activity-text'>{a.text}</Text>}
      <MediaGallery items={a.media} />
      {showStatus && a.status === 'returned' && a.reason && <Text className='warning activity-reason'>{`退回原因：${a.reason}`}</Text>}
      {children}
    </View>
  )
}

/** A score's items, each naming what earned it. */
export function PointItems({ items }: { items: { source: string; refId: string; kind: string; at: string; label: string; points: number; capped?: boolean }[] }) {
  if (!items.length) return <Text className='muted'>本期间还没有计分的履职记录</Text>
  return (
    <View className='point-items'>
      {items.map((i) => (
        <View key={`${i.source}-${i.refId}-${i.kind}`} className='row row--between list-item point-item'>
          <Text>
            {i.at} {i.label}
          </Text>
          <Text className={i.points < 0 ? 'warning' : 'field-value'}>{`${i.points > 0 ? `+${i.points}` : i.points} 分${i.capped ? '（已达上限）' : ''}`}</Text>
        </View>
      ))}
    </View>
  )
}
