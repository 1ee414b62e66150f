import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { usePaged } from '../../../components/use-paged'
import { useParams } from '../../../components/use-params'
import { GRADES, SUGGESTION_STATES } from '../../../core/suggestions/states'
import type { PublicSuggestion } from '../../../core/suggestions/types'
import { followSuggestion, publicSuggestions } from '../../../services/api/suggestions'
import { stopPullDownRefresh, toast } from '../../../services/platform'

/** One published suggestion: who raised it, who handles it, how many residents stand behind it, and its answer. */
function Item({ s }: { s: PublicSuggestion }) {
  const [following, setFollowing] = useState(false)
  const [busy, run] = useBusy()
  const toggle = () =>
    run(async () => {
      setFollowing((await followSuggestion(s.id, !following)).following)
      toast(following ? '已取消关注' : '已关注，答复和进展会通知您', 'success')
    })
  return (
    <View className='card public-suggestion'>
      <Text className='section-title'>{s.title}</Text>
      <Text className='muted'>{`${s.number} · ${s.deputies.join('、')}提出 · ${s.residents} 位群众反映 · ${s.assignedOn ?? ''} 交办`}</Text>
      <Text className='field-value'>{`承办：${s.units.join('、')}；${SUGGESTION_STATES[s.status].label}${s.grade ? `，${s.grade} 类（${GRADES[s.grade]}）` : ''}`}</Text>
      {s.answer && <Text className='field-value public-answer'>{`答复：${s.answer}`}</Text>}
      {s.progress.map((p, i) => (
        <Text key={i} className='hint public-progress'>{`办理进展 ${p.percent}%${p.done ? '（已办结）' : ''}：${p.note}`}</Text>
      ))}
      <Button className={`btn btn--small ${following ? 'btn--ghost' : 'btn--primary'} follow-suggestion`} disabled={busy} onClick={() => void toggle()}>
        {following ? '已关注' : '关注'}
      </Button>
    </View>
  )
}

/** 代表建议公开: the suggestions handed to units, newest first, for anyone (one by `id`, a deputy's by `deputy`); follow one to hear of its answer and progress. */
export default function PublicSuggestions() {
  const { id, deputy } = useParams()
  const list = usePaged<PublicSuggestion, { items: PublicSuggestion[]; cursor?: string }>((cursor) => publicSuggestions(cursor, { ...(id ? { id } : {}), ...(deputy ? { deputyCode: deputy } : {}) }), [id, deputy])
  usePullDownRefresh(() => void list.first.reload().finally(stopPullDownRefresh))
  return (
    <Page>
      {deputy && list.items[0] && <Text className='section-title'>{`${deputy} 代表提出或附议的建议`}</Text>}
      <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='还没有公开的代表建议'>
        {list.items.map((s) => (
          <Item key={s.id} s={s} />
        ))}
        <LoadMore paged={list} />
      </StateView>
    </Page>
  )
}
