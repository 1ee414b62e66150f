import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { Choice } from '../../../components/choice'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { usePaged } from '../../../components/use-paged'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import { formatShanghai } from '../../../core/time'
import type { CommentItem } from '../../../core/legislation/types'
import { consultationComments, getConsultation } from '../../../services/api/legislation'
import { stopPullDownRefresh } from '../../../services/platform'

/**
 * 收到的意见 (the contact points' team): what people said, all of it or one article's, newest first;
 * a name and phone where the commenter left them, to reach them.
 */
export default function Comments() {
  const { id = '' } = useParams()
  const c = useRemote(id ? () => getConsultation({ id }) : null, [id])
  const [article, setArticle] = useState<string | null>(null)
  const list = usePaged<CommentItem, { items: CommentItem[]; cursor?: string }>(
    id ? (cursor) => consultationComments({ id, ...(article ? { articleId: article } : {}), cursor }) : null,
    [id, article],
  )
  usePullDownRefresh(() => void Promise.all([c.reload(), list.first.reload()]).finally(stopPullDownRefresh))
  const spoken = (c.data?.articles ?? []).filter((a) => a.commenters > 0)
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
        </View>
      )}
      <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='还没有收到意见'>
        {list.items.map((m) => (
          <View key={m.id} className='card law-comment'>
            <Text className='field-label'>{`${m.articleLabel ?? '整部草案'}${m.clause ? ` 第 ${m.clause} 款` : ''} · ${formatShanghai(m.at)}`}</Text>
            <Text className='field-value'>{m.text}</Text>
            {(m.name || m.phone) && <Text className='hint comment-contact'>{[m.name, m.phone].filter(Boolean).join('，')}</Text>}
          </View>
        ))}
        <LoadMore paged={list} />
      </StateView>
    </Page>
  )
}
