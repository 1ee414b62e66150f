import { Image, Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { StateView } from '../../../components/state-view'
import { usePaged } from '../../../components/use-paged'
import { LoadMore } from '../../../components/load-more'
import type { ReviewItem } from '../../../core/safety/types'
import { formatShanghai } from '../../../core/time'
import { errorMessage } from '../../../services/api/call'
import { refuseItem, releaseItem, reviewQueue } from '../../../services/api/safety'
import { mediaSrc } from '../../../services/media'
import { stopPullDownRefresh, toast } from '../../../services/platform'
import { Page } from '../../../components/page'
import { alt } from '../../../components/a11y'

/** One waiting item: what it is, why it waits, the words or the photo; release it, or refuse it with a reason the author hears. */
function ItemCard({ item, onDone }: { item: ReviewItem; onDone(id: string): void }) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const decide = async (release: boolean) => {
    if (!release && reason.trim().length < 2) return toast('请填写不予通过的理由，作者会收到')
    setBusy(true)
    try {
      await (release ? releaseItem(item.id, item.version) : refuseItem(item.id, item.version, reason.trim()))
      toast(release ? '已通过，内容已恢复显示' : '已处理，内容不再显示', 'success')
      onDone(item.id)
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card review-item'>
      <View className='row row--between'>
        <Text className='tag tag--open'>{item.label}</Text>
        <Text className='muted'>{formatShanghai(item.createdAt)}</Text>
      </View>
      <Text className='muted'>
        {item.stationName ? `${item.stationName} · ` : ''}
        {item.cause === 'reports' ? `被 ${item.reports} 人举报，已暂时隐藏` : '内容检测存疑，暂未公开'}
      </Text>
      {item.why.length > 0 && <Text className='warning review-why'>{item.why.join('、')}</Text>}
      {item.mediaUrl ? <Image {...alt('待审核的照片')} className='review-photo' src={mediaSrc(item.mediaUrl)} mode='widthFix' /> : <Text className='field-value review-content'>{item.content}</Text>}
      <Input className='input refuse-reason' value={reason} placeholder='不予通过的理由（作者会收到）' maxlength={300} onInput={(e) => setReason(e.detail.value)} />
      <View className='row row--between'>
        <Button className='btn btn--ghost btn--small refuse-item' disabled={busy} onClick={() => void decide(false)}>
          不予通过
        </Button>
        <Button className='btn btn--primary btn--small release-item' loading={busy} disabled={busy} onClick={() => void decide(true)}>
          通过
        </Button>
      </View>
    </View>
  )
}

/** 审核: what the content check held and what residents reported, in the reviewer's scope; nothing is deleted. */
export default function ReviewQueue() {
  // Decided items leave the list at once; a reload reads it afresh.
  const [done, setDone] = useState<string[]>([])
  const paged = usePaged<ReviewItem, { items: ReviewItem[]; cursor?: string }>(async (cursor) => {
    if (!cursor) setDone([])
    return reviewQueue(cursor)
  }, [])
  const { first: list, items: all } = paged
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const items = all.filter((i) => !done.includes(i.id))

  return (
    <Page>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={items.length === 0} emptyText='没有待审核的内容'>
        {items.map((i) => (
          <ItemCard key={i.id} item={i} onDone={(id) => setDone((d) => [...d, id])} />
        ))}
        <LoadMore paged={paged} />
      </StateView>
    </Page>
  )
}
