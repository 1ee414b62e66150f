import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '../../../components/button'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { usePaged } from '../../../components/use-paged'
import { useParams } from '../../../components/use-params'
import { useReloadOnShow } from '../../../components/use-reload-on-show'
import { SUGGESTION_STATES } from '../../../core/suggestions/states'
import type { SuggestionItem } from '../../../core/suggestions/types'
import { listSuggestions, suggestionBoard } from '../../../services/api/suggestions'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { ImportPaper } from './import'

const TITLES: Record<string, string> = { deputy: '我的建议（领衔和附议）', staff: '本站代表的建议', department: '交本单位办理的建议', office: '本区代表建议' }

const BOARDS = { key: '重点督办建议（节点逾期的在前）', overdue: '超期的代表建议' } as const

/** A line's state: where it stands, and for the office's boards its overdue mark and next milestone. */
const stateOf = (s: SuggestionItem) =>
  `${s.number ?? '未提交'} · ${s.leadDeputy}领衔 · ${SUGGESTION_STATES[s.status].label}${s.grade ? ` · ${s.grade} 类` : ''}${s.dueOn ? ` · ${s.dueOn} 前答复` : ''}${s.overdue ? ' · 已超期' : ''}${s.nextMilestone ? ` · 下一节点：${s.nextMilestone.title}（${s.nextMilestone.due}）` : ''}`

/** 代表建议: each role's list — a deputy's own, a station's, a unit's, the district's — newest change first; the office's boards by `board`. */
export default function SuggestionList() {
  const role = useAppStore((s) => s.user?.role) ?? ''
  const board = useParams().board as keyof typeof BOARDS | undefined
  const title = (board && BOARDS[board]) || TITLES[role]
  const list = usePaged<SuggestionItem, { items: SuggestionItem[]; cursor?: string }>(
    TITLES[role] ? (cursor) => (board && BOARDS[board] ? suggestionBoard(board) : listSuggestions({}, cursor)) : null,
    [role, board],
  )
  usePullDownRefresh(() => void list.first.reload().finally(stopPullDownRefresh))
  useReloadOnShow(async () => void (await list.first.reload()))
  return (
    <Page>
      {(role === 'deputy' || role === 'staff') && !board && (
        <Button className='btn btn--primary new-suggestion' onClick={() => nav.to('/packages/suggestions/draft/index')}>
          {role === 'staff' ? '为本站代表准备建议草稿' : '从群众诉求起草建议'}
        </Button>
      )}
      {role === 'office' && !board && <ImportPaper onDone={() => void list.first.reload()} />}
      <View className='card'>
        <Text className='section-title'>{title ?? '代表建议'}</Text>
        <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='还没有建议'>
          {list.items.map((s) => (
            <View key={s.id} className='list-item suggestion-item' onClick={() => nav.to(`/packages/suggestions/detail/index?id=${s.id}`)}>
              <Text className='field-value'>{s.title}</Text>
              <Text className={s.overdue ? 'warning' : 'muted'}>{stateOf(s)}</Text>
            </View>
          ))}
          <LoadMore paged={list} />
        </StateView>
      </View>
    </Page>
  )
}
