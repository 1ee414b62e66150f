import { Input, Text, Textarea, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { usePaged } from '../../../components/use-paged'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import { formatShanghai } from '../../../core/time'
import { groupComments, type CommentGroup } from '../../../core/legislation/grouping'
import type { CommentItem } from '../../../core/legislation/types'
import { consultationComments, exportComments, getConsultation, skipComment, writeOpinion } from '../../../services/api/legislation'
import { keepExport } from '../../../services/media'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { FinalPanel } from './final'
import { Opinions } from './opinions'

/** One comment: its words, who left a way to reach them, what became of it; chosen for an opinion or set aside. */
function Comment({ m, works, chosen, onChoose, onSkip }: { m: CommentItem; works: boolean; chosen: boolean; onChoose(): void; onSkip(reason: string): void }) {
  const [reason, setReason] = useState('')
  const free = works && !m.opinionId && !m.skipped
  return (
    <View className='card law-comment'>
      <Text className='field-label'>{`${m.articleLabel ?? '整部草案'}${m.clause ? ` 第 ${m.clause} 款` : ''} · ${formatShanghai(m.at)}${m.entered ? ' · 工作人员代录' : ''}`}</Text>
      <Text className='field-value'>{m.text}</Text>
      {(m.name || m.phone) && <Text className='hint comment-contact'>{[m.name, m.phone].filter(Boolean).join('，')}</Text>}
      {m.opinionId && <Text className='muted'>已归入修改建议</Text>}
      {m.skipped && <Text className='muted'>{`不采纳：${m.skipped}`}</Text>}
      {free && (
        <View className='row row--wrap'>
          <Choice className='choose-comment' multi on={chosen} onPick={onChoose}>归入修改建议</Choice>
          <Input {...labelled('不采纳的理由')} className='input input--short skip-reason' value={reason} maxlength={200} placeholder='不采纳的理由' onInput={(e) => setReason(e.detail.value)} />
          <Button className='btn btn--ghost btn--small skip-comment' disabled={reason.trim().length < 2} onClick={() => onSkip(reason.trim())}>不采纳</Button>
        </View>
      )}
    </View>
  )
}

/** The comments loaded, by article (in the order they came), then within each by shared words. */
function groupsOf(items: readonly CommentItem[]): CommentGroup<CommentItem>[] {
  const byArticle = new Map<string, CommentItem[]>()
  for (const m of items) byArticle.set(m.articleId ?? '', [...(byArticle.get(m.articleId ?? '') ?? []), m])
  return [...byArticle.values()].flatMap((run) => groupComments(run))
}

/**
 * 整理意见 (the office, the points' staff; deputies read): what people said, one article's or all;
 * chosen comments become an opinion in legal language (修改建议 and 理由), others are set aside with
 * a reason; the opinions go to the asking body as a Word file; after the law passes, each is marked
 * and every commenter told.
 */
export default function Comments() {
  const { id = '' } = useParams()
  const user = useAppStore((s) => s.user)
  const c = useRemote(id ? () => getConsultation({ id }) : null, [id])
  const [article, setArticle] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [opinion, setOpinion] = useState({ text: '', reason: '' })
  const [written, setWritten] = useState(0)
  const [grouped, setGrouped] = useState(false)
  const [busy, run] = useBusy()
  const list = usePaged<CommentItem, { items: CommentItem[]; cursor?: string }>(
    id ? (cursor) => consultationComments({ id, ...(article ? { articleId: article } : {}), cursor }) : null,
    [id, article, written],
  )
  usePullDownRefresh(() => void Promise.all([c.reload(), list.first.reload()]).finally(stopPullDownRefresh))
  const spoken = (c.data?.articles ?? []).filter((a) => a.commenters > 0)
  // The office, the points' staff and the consultants write opinions; the points' deputies read along.
  const works = !!c.data?.you.team && (user?.role === 'office' || user?.role === 'staff' || user?.role === 'consultant')
  const exportAll = () =>
    run(async () => {
      const made = await exportComments(id)
      await keepExport(made.url, made.name)
      toast(`已导出 ${made.rows} 条意见`)
    })
  // The opinion is on the article its comments are all about; comments on several make a general one.
  const about = [...new Set(list.items.filter((m) => chosen.includes(m.id)).map((m) => m.articleId))]
  const target = about.length === 1 ? about[0] : null
  const write = () =>
    run(async () => {
      await writeOpinion({ id, ...(target ? { articleId: target } : {}), text: opinion.text.trim(), reason: opinion.reason.trim(), commentIds: chosen })
      setChosen([])
      setOpinion({ text: '', reason: '' })
      setWritten((n) => n + 1)
      toast('已形成修改建议', 'success')
    })
  const skip = (commentId: string, reason: string) =>
    run(async () => {
      await skipComment({ commentId, reason })
      setWritten((n) => n + 1)
    })
  return (
    <Page>
      {c.data && (
        <View className='card'>
          <Text className='section-title'>{c.data.title}</Text>
          <View className='chips'>
            <Choice className='comment-filter' on={!article} onPick={() => setArticle(null)}>全部</Choice>
            {spoken.map((a) => (
              <Choice key={a.id} className='comment-filter' on={article === a.id} onPick={() => setArticle(a.id)}>{`${a.label}（${a.commenters} 人）`}</Choice>
            ))}
          </View>
          <View className='row row--wrap'>
            <Button className='btn btn--ghost btn--small draft-figures' onClick={() => nav.to(`/packages/reports/legislation/index?id=${id}`)}>各条热度与参与情况</Button>
            {works && <Button className='btn btn--ghost btn--small export-comments' disabled={busy} onClick={() => void exportAll()}>导出群众意见（Excel，不含姓名电话）</Button>}
          </View>
        </View>
      )}
      <View className='chips'>
        <Choice className='group-comments' on={grouped} onPick={() => setGrouped((g) => !g)}>按条文、再按相近的话分组</Choice>
      </View>
      <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='还没有收到意见'>
        {(grouped ? groupsOf(list.items) : [{ items: list.items, words: [] }]).map((g, i) => (
          <View key={g.items[0]?.id ?? i} className={g.items.length > 1 && grouped ? 'comment-group' : ''}>
            {grouped && g.items.length > 1 && (
              <View className='row row--between'>
                <Text className='field-label comment-group-head'>{`相近意见 ${g.items.length} 条${g.words.length ? `：都说到“${g.words.join('”“')}”` : ''}`}</Text>
                {works && <Button className='btn btn--ghost btn--small choose-group' onClick={() => setChosen((x) => [...new Set([...x, ...g.items.filter((m) => !m.opinionId && !m.skipped).map((m) => m.id)])])}>全选这一组</Button>}
              </View>
            )}
            {g.items.map((m) => (
              <Comment key={m.id} m={m} works={works} chosen={chosen.includes(m.id)} onChoose={() => setChosen((x) => (x.includes(m.id) ? x.filter((y) => y !== m.id) : [...x, m.id]))} onSkip={(r) => skip(m.id, r)} />
            ))}
          </View>
        ))}
        <LoadMore paged={list} />
      </StateView>
      {works && chosen.length > 0 && (
        <View className='card opinion-form'>
          <Text className='section-title'>{`由 ${chosen.length} 条意见形成修改建议（${spoken.find((a) => a.id === target)?.label ?? '总体意见'}）`}</Text>
          <View className='textarea'><Textarea {...labelled('修改建议')} className='opinion-text' value={opinion.text} maxlength={2000} placeholder='修改建议（用法言法语写明怎么改）' onInput={(e) => setOpinion((o) => ({ ...o, text: e.detail.value }))} /></View>
          <View className='textarea'><Textarea {...labelled('理由')} className='opinion-reason' value={opinion.reason} maxlength={2000} placeholder='理由' onInput={(e) => setOpinion((o) => ({ ...o, reason: e.detail.value }))} /></View>
          <Button className='btn btn--primary write-opinion' disabled={busy} onClick={() => void write()}>形成修改建议</Button>
        </View>
      )}
      {c.data && works && <Opinions c={c.data} version={written} />}
      {c.data?.you.manages && c.data.status === 'closed' && <FinalPanel c={c.data} onDone={() => void c.reload()} />}
    </Page>
  )
}
