import { Text, View } from '@tarojs/components'
import { PERIOD_LABELS } from '../../core/accountability/periods'
import type { TaskProgress } from '../../core/accountability/tasks'

/** Each task in its period: done of required, and what counted. */
export function TaskList({ items }: { items: TaskProgress[] }) {
  return (
    <View className='tasks'>
      {items.map((p) => (
        <View key={p.task.key} className='list-item task'>
          <View className='row row--between'>
            <Text className='field-value'>{`${PERIOD_LABELS[p.task.period]} · ${p.task.name}`}</Text>
            <Text className={p.done >= p.required ? 'tag task-done' : 'warning task-due'}>{`${p.done >= p.required ? '已完成' : '未完成'} ${p.done}/${p.required}`}</Text>
          </View>
          <Text className='muted'>{`${p.period.label}（${p.period.to} 截止）${p.counted.length ? `：${p.counted.map((c) => c.label).join('、')}` : ''}`}</Text>
        </View>
      ))}
    </View>
  )
}
