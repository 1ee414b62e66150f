import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../../components/button'
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
import { confirmAction, nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { ReportButton } from '../../../components/report-button'
import { Page } from '../../../components/page'
import { Consent } from '../../../components/consent'
import { APPOINTMENT_TOPIC_MAX } from '../../../core/limits'

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

  // 约见 asks what it is about (and, if the resident likes, a phone to call back), then confirms.
  const [booking, setBooking] = useState<{ slot: SlotView; topic: string; phone: string; consent: boolean } | null>(null)
  const act = async (slot: SlotView, run: () => Promise<void>) => {
    setBusy(slot.id)
    try {
      await run()
      await slots.reload()
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }
  const cancel = (slot: SlotView) =>
    act(slot, async () => {
      if (!(await confirmAction('取消这次约见？', `${formatShanghai(slot.start)} 与${slot.deputyName}代表的约见将被取消`, '取消约见'))) return
      await cancelAppointment(slot.mine!.id)
      toast('已取消预约', 'success')
    })
  const confirmBooking = () => {
    const b = booking!
    const phone = b.phone.trim()
    if (phone && !b.consent) return toast('留下手机号前，请先同意提供给代表和联络站')
    return act(b.slot, async () => {
      const place = notice.data?.place ? `\n地点：${notice.data.place}` : ''
      if (!(await confirmAction('确认预约', `${b.slot.deputyName}代表 ${formatShanghai(b.slot.start)}${place}\n事由：${b.topic.trim()}`, '确认预约'))) return
      const r = await book({ slotId: b.slot.id, topic: b.topic, ...(phone ? { phone, phoneConsent: b.consent } : {}) })
      setBooking(null)
      toast(r.status === 'booked' ? '预约成功，等待代表确认' : '已加入候补，有空位会通知您', 'success')
    })
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
            {notice.data.consultationId && (
              <Button className='btn btn--primary forum-draft' onClick={() => nav.to(`/packages/legislation/read/index?id=${notice.data!.consultationId}&from=${notice.data!.stationCode}`)}>
                这是法规草案座谈会：先读草案、提意见
              </Button>
            )}
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
        <Text className='section-title'>{`预约约见${slots.data?.day ? `（${slots.data.day}）` : ''}`}</Text>
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
                    <Button
                      className={`btn btn--small ${s.mine ? 'btn--ghost' : 'btn--primary'} slot__book`}
                      loading={busy === s.id}
                      disabled={busy !== null}
                      onClick={() => (s.mine ? cancel(s) : setBooking({ slot: s, topic: '', phone: '', consent: false }))}
                    >
                      {s.mine ? '取消' : left > 0 ? '预约' : '候补'}
                    </Button>
                  </View>
                )
              })}
            </View>
          ))}
        </StateView>
      </View>
      {booking && (
        <View className='card booking-form'>
          <Text className='section-title'>{`约见${booking.slot.deputyName}代表 · ${formatShanghai(booking.slot.start)}`}</Text>
          {notice.data?.place && <Text className='muted booking-place'>{`地点：${notice.data.place}`}</Text>}
          <Text className='field-label'>想和代表谈什么（必填）</Text>
          <Textarea
            className='textarea textarea--short appointment-topic'
            value={booking.topic}
            maxlength={APPOINTMENT_TOPIC_MAX}
            placeholder='例如：小区停车难，想当面反映'
            onInput={(e) => setBooking({ ...booking, topic: e.detail.value })}
          />
          <Text className='field-label'>手机号（选填，方便代表联系您）</Text>
          <Input className='input appointment-phone' type='number' maxlength={11} value={booking.phone} onInput={(e) => setBooking({ ...booking, phone: e.detail.value })} />
          {booking.phone.trim() !== '' && (
            <Consent on={booking.consent} onToggle={() => setBooking({ ...booking, consent: !booking.consent })}>
              同意把手机号提供给这位代表和联络站工作人员，仅用于这次约见
            </Consent>
          )}
          <Button className='btn btn--primary confirm-booking' loading={busy === booking.slot.id} disabled={busy !== null || booking.topic.trim() === ''} onClick={() => void confirmBooking()}>
            下一步：确认预约
          </Button>
          <Button className='btn btn--ghost' disabled={busy !== null} onClick={() => setBooking(null)}>
            不约了
          </Button>
        </View>
      )}
    </Page>
  )
}
