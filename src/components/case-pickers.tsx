import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { isOpen } from '../core/cases/states'
import { caseInbox, dispatchOptions } from '../services/api/cases'
import { StateView } from './state-view'
import { useRemote } from './use-remote'

interface PickProps {
  value: string | undefined
  onPick(value: string): void
}

/** The district's departments, the catalogue's proposal first and chosen until changed. */
export function PickDepartment({ caseId, value, onPick }: PickProps & { caseId: string }) {
  const options = useRemote(() => dispatchOptions(caseId), [caseId])
  const proposed = options.data?.proposedId ?? null
  useEffect(() => {
    if (proposed && !value) onPick(proposed)
  }, [proposed, value, onPick])
  const departments = [...(options.data?.departments ?? [])].sort((a, b) => Number(b.id === proposed) - Number(a.id === proposed))
  return (
    <StateView loading={options.loading} error={options.error} onRetry={options.reload}>
      <View className='chips'>
        {departments.map((d) => (
          <Text key={d.id} className={`chip department ${value === d.id ? 'chip--on' : ''}`} onClick={() => onPick(d.id)}>
            {d.name}
            {d.id === proposed ? '（推荐）' : ''}
          </Text>
        ))}
      </View>
    </StateView>
  )
}

/** Another open case of the same queue, to merge a duplicate into. */
export function PickOpenCase({ except, value, onPick }: PickProps & { except: string }) {
  const queue = useRemote(() => caseInbox('all'), [])
  const items = (queue.data?.items ?? []).filter((c) => c.id !== except && isOpen(c.status))
  return (
    <StateView loading={queue.loading} error={queue.error} onRetry={queue.reload} empty={items.length === 0} emptyText='没有可以合并的诉求'>
      <View>
        {items.map((c) => (
          <Text key={c.id} className={`chip chip--block ${value === c.id ? 'chip--on' : ''}`} onClick={() => onPick(c.id)}>
            {c.number} {c.text.slice(0, 16)}
          </Text>
        ))}
      </View>
    </StateView>
  )
}
