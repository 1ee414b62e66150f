import { Button, Text, View } from '@tarojs/components'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { NoticeCard } from '../../../components/notice-card'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { APPOINTMENT_STATES, type SlotView } from '../../../core/reception/views'
import { formatShanghai } from '../../../core/time'
import { book, cancelAppointment, slotsOf } from '../../../services/api/appointments'
import { errorMessage } from '../../../services/api/call'
import { getNotice } from '../../../services/api/notices'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { ReportButton } from '../../../components/report-button'
import { Page } from '../../../components/page'

/** One reception day: what it is about, and a deputy's time to book (or to wait for). */
export default function Notice() {
  const id = useRouter().params.id ?? ''
  const notice = useRemote(() => getNotice(id), [id])
  const slots = useRemote(() => slotsOf(id), [id])
  const [busy, setBusy] = useState<string | null>(null)
  const user = useAppStore((st) => st.user)
  // The station's staff and the deputies on duty read the questions sent in, and the day's record.
  const onDuty =
    !!notice.data &&
    ((user?.role === 'staff' && user.stationId === notice.data.stationId) || (user?.role === 'deputy' && notice.data.deputies.some((d) => d.id === user.deputyId)))
  usePullDownRefresh(() => void Promise.all([notice.reload(), slots.reload()]).finally(stopPullDownRefresh))

  const act = async (slot: SlotView) => {
    setBusy(slot.id)
    try {
      if (slot.mine) {
        await cancelAppointment(slot.mine.id)
        toast('已取消预约', 'success')
      } else {
        const r = await book(slot.id)
        toast(r.status === 'booked' ? '预约成功，等待代表确认' : '已加入候补，有空位会通知您', 'success')
      }
      await slots.reload()
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  const byDeputy = new Map<string, SlotView[]>()
  for (const s of slots.data?.items ?? []) byDeputy.set(s.deputyName, [...(byDeputy.get(s.deputyName) ?? []), s])

  return (
    <Page>
      <StateView loading={notice.loading} error={notice.error} onRetry={notice.reload}>
        {notice.data && (
          <View className='card'>
            <Text className='muted'>{notice.data.stationName}</Text>
            <NoticeCard notice={notice.data} />
            {notice.data.held && <Text className='warning notice-held'>这条公告正在审核，通过后才向群众公开</Text>}
            {!notice.data.held && <ReportButton kind='notice' id={notice.data.id} />}
            {notice.data.next.length > 0 && (
              <>
                <Button className='btn btn--primary ask-ahead' onClick={() => nav.to(`/pages/submit/index?notice=${id}`)}>
                  提前提问
                </Button>
                <Text className='hint'>来不了现场？把问题提前告诉接待代表，办理进度会通知您</Text>
              </>
            )}
            {onDuty && (
              <Button className='btn btn--ghost open-records' onClick={() => nav.to(`/packages/station/record/index?id=${id}`)}>
                征集的问题与接待记录
              </Button>
            )}
          </View>
        )}
      </StateView>
      <View className='card'>
        <Text className='section-title'>预约约见{slots.data?.day ? `（${slots.data.day}）` : ''}</Text>
        <StateView loading={slots.loading} error={slots.error} onRetry={slots.reload} empty={byDeputy.size === 0} emptyText='这个接待日暂不开放预约'>
          {[...byDeputy].map(([deputy, list]) => (
            <View key={deputy} className='slot-group'>
              <Text className='deputy-item__name'>{deputy}</Text>
              {list.map((s) => {
                const left = s.capacity - s.taken
                return (
                  <View key={s.id} className='row row--between slot'>
                    <View>
                      <Text className='slot__time'>{formatShanghai(s.start).slice(11)}</Text>
                      <Text className='muted slot__left'>{s.mine ? APPOINTMENT_STATES[s.mine.status].label : left > 0 ? `余 ${left} 位` : `已满，候补 ${s.waiting} 人`}</Text>
                    </View>
                    <Button className={`btn btn--small ${s.mine ? 'btn--ghost' : 'btn--primary'} slot__book`} loading={busy === s.id} disabled={busy !== null} onClick={() => act(s)}>
                      {s.mine ? '取消' : left > 0 ? '预约' : '候补'}
                    </Button>
                  </View>
                )
              })}
            </View>
          ))}
        </StateView>
      </View>
    </Page>
  )
}
