import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import { CONSULTATION_STATES, type ArticleView, type ConsultationView } from '../../../core/legislation/types'
import { QrCard } from '../../../components/qr-card'
import { consultationQr, getConsultation } from '../../../services/api/legislation'
import { scrollToElement, stopPullDownRefresh } from '../../../services/platform'
import { CommentForm } from './comment-form'
import { ManagePanel } from './manage'
import { PublicPanel } from './public'
import '../legislation.css'

/** The 章 (or 节) each run of articles falls under, with its first article: the table of contents. */
const chaptersOf = (articles: readonly ArticleView[]) =>
  articles.filter((a, i) => a.heading && a.heading !== articles[i - 1]?.heading).map((a) => ({ heading: a.heading!, first: a.id }))

/** What became of one's own comment, once the opinion it fed was marked or it was set aside. */
const outcomeOf = (m: ConsultationView['mine'][number]) =>
  m.opinion?.outcome ? `。据此提出的修改建议${m.opinion.outcome}${m.opinion.note ? `：${m.opinion.note}` : ''}` : m.skipped ? `。未采纳：${m.skipped}` : ''

/** One 条: its words by 款, what the current law says where it revises one, how many people spoke on it, and the reader's own words. */
function Article({ c, a, open, from, onOpen, onDone }: { c: ConsultationView; a: ArticleView; open: boolean; from?: string; onOpen(): void; onDone(next: ConsultationView): void }) {
  const mine = c.mine.filter((m) => m.articleId === a.id)
  return (
    <View id={`article-${a.id}`} className='card article'>
      <Text className='article-label'>{a.label}</Text>
      {a.text.split('\n').map((line, i) => (
        <Text key={i} className='article-text'>{line}</Text>
      ))}
      {a.currentText !== null && a.currentText !== a.text && <Text className='hint article-current'>{`现行规定：${a.currentText}`}</Text>}
      {c.finalAt && a.final === null && <Text className='warning article-final'>通过的正式文本删去了这一条</Text>}
      {c.finalAt && a.final && <Text className='field-value article-final'>{`正式文本${a.final.label}${a.final.changed ? '（已修改）' : '（未修改）'}：${a.final.text}`}</Text>}
      <Text className='muted article-count'>{a.commenters ? `${a.commenters} 人对这一条提了意见` : '还没有人对这一条提意见'}</Text>
      {mine.map((m) => (
        <Text key={m.id} className='hint my-comment'>{`我的意见${m.clause ? `（第 ${m.clause} 款）` : ''}：${m.text}${outcomeOf(m)}`}</Text>
      ))}
      {c.status === 'open' && (open ? <CommentForm c={c} article={a} from={from} onDone={onDone} /> : <Button className='btn btn--ghost btn--small comment-article' onClick={onOpen}>对这一条提意见</Button>)}
    </View>
  )
}

/**
 * 法规草案: read article by article, with a table of contents by 章; comment on an article or on
 * the whole draft while it is open. Nobody's words but the reader's own are shown, only how many
 * people spoke on each article.
 */
export default function ReadConsultation() {
  // `from`: the contact point the reader came through (its page), counted with their comment.
  const { id, code, from } = useParams()
  const loaded = useRemote<ConsultationView>(id || code ? () => getConsultation(id ? { id } : { code: code! }) : null, [id, code])
  usePullDownRefresh(() => void loaded.reload().finally(stopPullDownRefresh))
  const [open, setOpen] = useState<string | null>(null)
  const c = loaded.data
  const done = (next: ConsultationView) => {
    loaded.replace(next)
    setOpen(null)
  }
  const chapters = c ? chaptersOf(c.articles) : []
  return (
    <Page>
      <StateView loading={loaded.loading} error={loaded.error} onRetry={loaded.reload}>
        {c && (
          <>
            <View className='card consultation-head'>
              <Text className='section-title consultation-title'>{c.title}</Text>
              <Text className='muted consultation-status'>{`${c.askedBy}征求意见 · ${CONSULTATION_STATES[c.status]} · ${c.deadline} 截止`}</Text>
              {c.points.length > 0 && <Text className='hint'>{`基层立法联系点：${c.points.map((p) => p.name).join('、')}`}</Text>}
              {c.finalAt && <Text className='warning consultation-passed'>已经通过：各条下面附有通过的正式文本，可与草案对照</Text>}
              {c.explanation && <Text className='field-value consultation-explanation'>{`起草说明：${c.explanation}`}</Text>}
            </View>
            <PublicPanel c={c} onFollow={(following) => loaded.replace({ ...c, following })} />
            {(c.you.manages || c.you.team) && <ManagePanel c={c} onDone={loaded.replace} />}
            {chapters.length > 1 && (
              <View className='card toc'>
                <Text className='section-title'>目录</Text>
                {chapters.map((ch) => (
                  <Text key={ch.first} className='link toc-item' onClick={() => scrollToElement(`#article-${ch.first}`)}>{ch.heading}</Text>
                ))}
              </View>
            )}
            {c.articles.map((a, i) => (
              <View key={a.id}>
                {a.heading && a.heading !== c.articles[i - 1]?.heading && <Text className='article-heading'>{a.heading}</Text>}
                <Article c={c} a={a} open={open === a.id} from={from} onOpen={() => setOpen(a.id)} onDone={done} />
              </View>
            ))}
            <View className='card whole-draft'>
              <Text className='section-title'>对整部草案的意见</Text>
              <Text className='muted'>{`${c.generalCommenters} 人对整部草案提了意见`}</Text>
              {c.mine.filter((m) => !m.articleId).map((m) => (
                <Text key={m.id} className='hint my-comment'>{`我的意见：${m.text}${outcomeOf(m)}`}</Text>
              ))}
              {c.status === 'open' &&
                (open === 'all' ? <CommentForm c={c} article={null} from={from} onDone={done} /> : <Button className='btn btn--ghost comment-draft' onClick={() => setOpen('all')}>对整部草案提意见</Button>)}
            </View>
            {c.status !== 'draft' && <QrCard load={() => consultationQr(c.id)} label='查看草案二维码（可印在海报上）' caption={`扫码阅读《${c.title}》，逐条提意见`} />}
          </>
        )}
      </StateView>
    </Page>
  )
}
