import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '../../../components/button'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { usePaged } from '../../../components/use-paged'
import { useParams } from '../../../components/use-params'
import { CONSULTATION_STATES, type ConsultationItem } from '../../../core/legislation/types'
import { consultations } from '../../../services/api/legislation'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { useAppStore } from '../../../store'

/**
 * 法规草案征求意见: the drafts put to residents, open ones first in time (from a contact point's page,
 * the drafts open there); the office and contact points' staff start one here.
 */
export default function Consultations() {
  const user = useAppStore((s) => s.user)
  const { from } = useParams()
  const list = usePaged<ConsultationItem, { items: ConsultationItem[]; cursor?: string }>((cursor) => consultations(cursor, from), [user?.id, from])
  usePullDownRefresh(() => void list.first.reload().finally(stopPullDownRefresh))
  return (
    <Page>
      {(user?.role === 'office' || user?.role === 'staff') && !from && (
        <Button className='btn btn--primary new-consultation' onClick={() => nav.to('/packages/legislation/new/index')}>新建征求意见</Button>
      )}
      <StateView loading={list.first.loading} error={list.first.error} onRetry={list.first.reload} empty={!list.items.length} emptyText='现在没有征求意见的法规草案'>
        {list.items.map((c) => (
          <View key={c.id} className='card consultation-item' onClick={() => nav.to(`/packages/legislation/read/index?id=${c.id}${from ? `&from=${from}` : ''}`)}>
            <Text className='section-title'>{c.title}</Text>
            <Text className='muted'>{`${c.askedBy} · ${CONSULTATION_STATES[c.status]} · ${c.deadline} 截止`}</Text>
            <Text className='field-value'>{`共 ${c.articles} 条，${c.commenters} 人提了意见`}</Text>
          </View>
        ))}
        <LoadMore paged={list} />
      </StateView>
    </Page>
  )
}
