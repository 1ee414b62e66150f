import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '../../../components/button'
import { LoadMore } from '../../../components/load-more'
import { MediaGallery } from '../../../components/media'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { usePaged } from '../../../components/use-paged'
import { useParams } from '../../../components/use-params'
import { useReloadOnShow } from '../../../components/use-reload-on-show'
import type { PostItem } from '../../../core/study/types'
import { formatShanghai } from '../../../core/time'
import { studyPosts, withdrawPost } from '../../../services/api/study'
import { confirmAction, nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'

/**
 * 学习宣传: what a station (from its page) or the district publishes for residents — a law and what
 * it changes, 民生实事 done, a forum's outcome — newest first, with photos; staff and the office publish here.
 */
export default function Corner() {
  const { station } = useParams()
  const user = useAppStore((s) => s.user)
  const list = usePaged<PostItem, { items: PostItem[]; cursor?: string }>((cursor) => studyPosts(cursor, station), [station, user?.id])
  usePullDownRefresh(() => void list.first.reload().finally(stopPullDownRefresh))
  // Back from 发布宣传: the new item shows.
  useReloadOnShow(() => list.first.reload())
  const [busy, run] = useBusy()
  const publishes = user?.role === 'office' || user?.role === 'staff'
  const withdraw = (p: PostItem) =>
    run(async () => {
      if (!(await confirmAction('撤下宣传', `撤下后群众不再看到“${p.title}”`, '撤下'))) return
      await withdrawPost(p.id)
      toast('已撤下', 'success')
      await list.first.reload()
    })
  return (
    <Page>
      {publishes && <Button className='btn btn--primary compose-post' onClick={() => nav.to('/packages/study/compose/index')}>发布宣传</Button>}
      <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='还没有发布宣传内容'>
        {list.items.map((p) => (
          <View key={p.id} className='card study-post'>
            <Text className='status-tag'>{p.kind}</Text>
            <Text className='section-title'>{p.title}</Text>
            <Text className='muted'>{`${p.station?.name ?? '区人大常委会'} · ${formatShanghai(p.at).slice(0, 10)}`}</Text>
            {p.body.split('\n').map((line, i) => (
              <Text key={i} className='field-value post-body'>{line}</Text>
            ))}
            {p.photos.length > 0 && <MediaGallery items={p.photos.map((x) => ({ ...x, kind: 'photo' as const, durationSec: null }))} />}
            {p.mine && <Button className='btn btn--ghost btn--small withdraw-post' disabled={busy} onClick={() => void withdraw(p)}>撤下</Button>}
          </View>
        ))}
        <LoadMore paged={list} />
      </StateView>
    </Page>
  )
}
