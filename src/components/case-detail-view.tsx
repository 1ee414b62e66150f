import { Text, View } from '@tarojs/components'
import { formatShanghai } from '../core/time'
import type { CaseDetail, CaseEvent } from '../core/types'
import { StatusTag } from './status-tag'

const EVENT_TITLES: Record<string, (e: CaseEvent) => string> = {
  submit: () => '提交诉求',
  reply: (e) => `${e.actorName || '代表'}答复`,
}

const eventTitle = (e: CaseEvent) => EVENT_TITLES[e.type]?.(e) ?? '处理进展'

/** The case as its resident and its handlers read it: the concern, then the timeline. */
export function CaseDetailView({ detail }: { detail: CaseDetail }) {
  return (
    <View>
      <View className='card'>
        <View className='row row--between'>
          <Text className='case-number'>{detail.number}</Text>
          <StatusTag status={detail.status} />
        </View>
        <Text className='field-label'>类别</Text>
        <Text className='field-value'>{detail.category}</Text>
        <Text className='field-label'>诉求内容</Text>
        <Text className='field-value case-text'>{detail.text}</Text>
        {detail.location && (
          <>
            <Text className='field-label'>位置</Text>
            <Text className='field-value'>{detail.location.name || '已标注位置'}</Text>
          </>
        )}
        <Text className='field-label'>接收代表</Text>
        <Text className='field-value'>
          {detail.deputyName}（{detail.stationName}）
        </Text>
      </View>
      <View className='card'>
        <Text className='section-title'>办理进度</Text>
        <View className='timeline'>
          {[...detail.events].reverse().map((e) => (
            <View key={e.id} className={`timeline__item timeline__item--${e.type}`}>
              <View className='row row--between'>
                <Text className='timeline__title'>{eventTitle(e)}</Text>
                <Text className='muted'>{formatShanghai(e.createdAt)}</Text>
              </View>
              {e.text && e.type !== 'submit' && <Text className='timeline__text'>{e.text}</Text>}
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}
