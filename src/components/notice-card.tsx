import { Text, View } from '@tarojs/components'
import type { NoticeView } from '../core/reception/views'

/** A reception day as lists show it: theme, when, the next date, where, who. */
export function NoticeCard({ notice, onClick }: { notice: NoticeView; onClick?: () => void }) {
  return (
    <View className={`notice ${notice.status === 'cancelled' ? 'notice--cancelled' : ''}`} onClick={onClick}>
      <Text className='notice__theme'>{notice.theme}</Text>
      <Text className='notice__when'>{notice.when}</Text>
      {notice.next[0] && <Text className='notice__next'>{`下次接待：${notice.next[0]}`}</Text>}
      <Text className='muted notice__line'>{`地点：${notice.place}`}</Text>
      {notice.deputies.length > 0 && <Text className='muted notice__line'>{`接待代表：${notice.deputies.map((d) => d.name).join('、')}`}</Text>}
      {notice.status === 'cancelled' && <Text className='error-text'>已取消</Text>}
    </View>
  )
}
