import { Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { CaseSummary } from '../core/cases/types'
import { caseInbox, dispatchOptions, type CasePage } from '../services/api/cases'
import { LoadMore } from './load-more'
import { StateView } from './state-view'
import { usePaged } from './use-paged'
import { useRemote } from './use-remote'
import { Choice } from './choice'

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
          <Choice key={d.id} className='department' on={value === d.id} onPick={() => onPick(d.id)}>
            {d.name}
            {d.id === proposed ? '（推荐）' : ''}
          </Choice>
        ))}
      </View>
    </StateView>
  )
}

/** Another open case of the same queue, to merge a duplicate into: found by its number or words, a page at a time. */
export function PickOpenCase({ except, value, onPick }: PickProps & { except: string }) {
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const paged = usePaged<CaseSummary, CasePage>((cursor) => caseInbox({ filter: 'open', q: q || undefined }, cursor), [q])
  const items = paged.items.filter((c) => c.id !== except)
  return (
    <View>
      <Input className='input merge-search' value={typed} placeholder='输入编号或内容中的词查找' confirmType='search' onInput={(e) => setTyped(e.detail.value)} onConfirm={() => setQ(typed.trim())} />
      <StateView loading={paged.first.loading} error={paged.first.error} onRetry={paged.first.reload} empty={items.length === 0} emptyText='没有可以合并的诉求'>
        <View>
          {items.map((c) => (
            <Choice key={c.id} className='chip--block' on={value === c.id} onPick={() => onPick(c.id)}>
              {c.number} {c.text.slice(0, 16)}
            </Choice>
          ))}
          <LoadMore paged={paged} />
        </View>
      </StateView>
    </View>
  )
}
