import { Input, Picker, Text, View } from '@tarojs/components'
import { Button } from './button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import { DEFAULT_CATEGORIES } from '../core/cases/categories'
import { INBOX_FILTERS } from '../core/cases/transitions'
import type { CaseSummary } from '../core/cases/types'
import { caseInbox, routeCase, type CasePage, type InboxQuery } from '../services/api/cases'
import { exportWorkbook } from '../services/api/reports'
import { keepExport } from '../services/media'
import { nav, stopPullDownRefresh, toast } from '../services/platform'
import { isDesk } from '../services/screen'
import { storage } from '../services/storage'
import { CaseCard } from './case-card'
import { CaseTable } from './case-table'
import { LoadMore } from './load-more'
import { StateView } from './state-view'
import { usePaged } from './use-paged'
import { useReloadOnShow } from './use-reload-on-show'
import { useBusy } from './use-busy'
import { useRemote } from './use-remote'
import { Page } from './page'
import { Choice } from './choice'

type Filter = (typeof INBOX_FILTERS)[number]
type Search = Omit<InboxQuery, 'filter'>

const FILTER_LABELS: Record<Filter, string> = { new: '待处理', open: '办理中', overdue: '已超期', all: '全部' }

/** A saved search: the tab and the narrowing, under the name the person reads on its chip. */
interface Saved {
  name: string
  filter: Filter
  search: Search
}

const SAVED_MAX = 6

/** How a search reads on its chip: its words, category and days. */
const nameOf = (s: Search): string => [s.q, s.category, s.from || s.to ? `${s.from ?? '…'}至${s.to ?? '…'}` : ''].filter(Boolean).join(' · ')

/**
 * A handler's cases, newest first, a page at a time: a tab (to do, open, overdue, all), a search by
 * case number, phone or words, a category and filing days, and searches saved on this phone; what
 * a search finds exports to Excel. At a desk the cases are a table. `top` stands above it all (the office's overdue suggestions).
 */
export function InboxPage({ casePath, initial = 'new', emptyText, top }: { casePath: string; initial?: Filter; emptyText: string; top?: ReactNode }) {
  const savedKey = `inbox-filters:${casePath}`
  const [filter, setFilter] = useState<Filter>(initial)
  const [search, setSearch] = useState<Search>({})
  const [typed, setTyped] = useState('')
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState<Saved[]>(() => storage.get<Saved[]>(savedKey) ?? [])
  const [exporting, run] = useBusy()
  // At a desk the list is a table; on a phone, cards.
  const [desk] = useState(isDesk)
  // The district's own categories, as the form offers them; the common ones where it cannot tell.
  const categories = useRemote(open ? () => routeCase({}).then((r) => r.categories, () => [...DEFAULT_CATEGORIES]) : null, [open])
  const paged = usePaged<CaseSummary, CasePage>((cursor) => caseInbox({ filter, ...search }, cursor), [filter, search])
  const { first: inbox, items } = paged
  useReloadOnShow(inbox.reload)
  usePullDownRefresh(() => void inbox.reload().finally(stopPullDownRefresh))

  const narrow = (more: Search) => setSearch((s) => ({ ...s, ...more }))
  const keep = (list: Saved[]) => {
    setSaved(list)
    storage.set(savedKey, list)
  }
  const searching = nameOf(search) !== ''
  return (
    <Page>
      {top}
      <View className='tabs'>
        {INBOX_FILTERS.map((f) => (
          <Text key={f} className={`tab ${f === filter ? 'tab--on' : ''}`} onClick={() => setFilter(f)}>
            {FILTER_LABELS[f]}
          </Text>
        ))}
      </View>
      <View className='row case-search'>
        <Input
          className='input case-search__input'
          value={typed}
          placeholder='诉求编号、手机号或内容中的词'
          confirmType='search'
          maxlength={50}
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={() => narrow({ q: typed.trim() || undefined })}
        />
        <Button className='btn btn--primary btn--small search-go' onClick={() => narrow({ q: typed.trim() || undefined })}>
          搜索
        </Button>
        <Button className='btn btn--ghost btn--small filters-toggle' onClick={() => setOpen(!open)}>
          {open ? '收起' : '筛选'}
        </Button>
      </View>
      {open && (
        <View className='card filters'>
          <View className='chips'>
            {(categories.data ?? []).map((c) => (
              <Choice key={c} on={search.category === c} onPick={() => narrow({ category: search.category === c ? undefined : c })}>
                {c}
              </Choice>
            ))}
          </View>
          <View className='row'>
            <Picker mode='date' value={search.from ?? ''} onChange={(e) => narrow({ from: e.detail.value })}>
              <Text className='link filter-from'>{search.from ?? '开始日期'}</Text>
            </Picker>
            <Text className='muted'>至</Text>
            <Picker mode='date' value={search.to ?? ''} onChange={(e) => narrow({ to: e.detail.value })}>
              <Text className='link filter-to'>{search.to ?? '结束日期'}</Text>
            </Picker>
          </View>
          <Button className='btn btn--ghost btn--small export-cases' loading={exporting} disabled={exporting} onClick={() => void run(async () => {
            const made = await exportWorkbook({ kind: 'cases', filter, ...search })
            await keepExport(made.url, made.name)
            toast(`已导出 ${made.rows} 件诉求`)
          })}>
            按当前筛选导出 Excel
          </Button>
        </View>
      )}
      {(searching || saved.length > 0) && (
        <View className='chips saved-filters'>
          {saved.map((f) => (
            <Text key={f.name} className='chip saved-filter' onClick={() => (setFilter(f.filter), setSearch(f.search), setTyped(f.search.q ?? ''))} onLongPress={() => keep(saved.filter((x) => x !== f))}>
              {f.name}
            </Text>
          ))}
          {searching && !saved.some((f) => f.name === nameOf(search)) && (
            <Text className='chip save-filter' onClick={() => keep([{ name: nameOf(search), filter, search }, ...saved].slice(0, SAVED_MAX))}>
              ＋保存此筛选
            </Text>
          )}
          {searching && (
            <Text className='chip clear-filter' onClick={() => (setSearch({}), setTyped(''))}>
              清除筛选
            </Text>
          )}
          {saved.length > 0 && <Text className='muted'>长按常用筛选可删除</Text>}
        </View>
      )}
      <StateView loading={inbox.loading} error={inbox.error} onRetry={inbox.reload} empty={items.length === 0} emptyText={searching ? '没有找到符合条件的诉求' : emptyText}>
        {desk ? (
          <CaseTable items={items} onOpen={(id) => nav.to(`${casePath}?id=${id}`)} />
        ) : (
          items.map((c) => <CaseCard key={c.id} item={c} showDue onOpen={(id) => nav.to(`${casePath}?id=${id}`)} />)
        )}
        <LoadMore paged={paged} />
      </StateView>
    </Page>
  )
}
