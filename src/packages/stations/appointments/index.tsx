import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { StateView } from '../../../components/state-view'
import { LoadMore } from '../../../components/load-more'
import { usePaged } from '../../../components/use-paged'
import { APPOINTMENT_STATES, type AppointmentView } from '../../../core/reception/views'
import { formatShanghai } from '../../../core/time'
import { cancelAppointment, confirmAppointment, declineAppointment, myAppointments } from '../../../services/api/appointments'
import { errorMessage } from '../../../services/api/call'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { Page } from '../../../components/page'

/** 约见: a resident's own; for a deputy or station staff, those to answer. */
export default function Appointments() {
  const role = useAppStore((s) => s.user?.role)
  const handles = role === 'deputy' || role === 'staff' || role === 'admin'
  const paged = usePaged<AppointmentView, { items: AppointmentView[]; cursor?: string }>((cursor) => myAppointments(cursor), [])
  const list = paged.first
  const [declining, setDeclining] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))

  const answer = async (a: AppointmentView, action: 'confirm' | 'decline' | 'cancel') => {
    if (action === 'decline' && reason.trim().length < 2) return toast('请写明婉拒的理由')
    setBusy(a.id)
    try {
      await (action === 'decline' ? declineAppointment(a.id, reason.trim()) : action === 'confirm' ? confirmAppointment(a.id) : cancelAppointment(a.id))
      toast(action === 'confirm' ? '已确认' : action === 'decline' ? '已婉拒' : '已取消', 'success')
      setDeclining(null)
      setReason('')
      await list.reload()
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  const items = paged.items
  return (
    <Page>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={items.length === 0} emptyText={handles ? '近期没有约见' : '您还没有预约约见，可以在联络站的接待日预约'}>
        {items.map((a) => (
          <View key={a.id} className='card appointment'>
            <View className='row row--between'>
              <Text className='appointment__when'>{formatShanghai(a.start)}</Text>
              <Text className={`tag appointment__status appointment__status--${a.status}`}>{APPOINTMENT_STATES[a.status].label}</Text>
            </View>
            <Text className='field-value' onClick={() => nav.to(`/packages/stations/notice/index?id=${a.noticeId}`)}>
              {a.theme}
            </Text>
            <Text className='muted'>{`${a.stationName} · ${a.deputyName}`}</Text>
            <Text className='muted appointment__place'>{`地点：${a.place}`}</Text>
            {a.topic && <Text className='field-value appointment__topic'>{`事由：${a.topic}`}</Text>}
            {a.phone && <Text className='muted appointment__phone'>{`联系电话：${a.phone}`}</Text>}
            {a.reason && <Text className='muted appointment__reason'>{`说明：${a.reason}`}</Text>}
            {handles && a.status === 'booked' && (
              <Button className='btn btn--primary btn--small appointment__confirm' loading={busy === a.id} disabled={busy !== null} onClick={() => answer(a, 'confirm')}>
                确认约见
              </Button>
            )}
            {handles && ['booked', 'waitlisted', 'confirmed'].includes(a.status) && declining !== a.id && (
              <Button className='btn btn--ghost btn--small' onClick={() => setDeclining(a.id)}>
                婉拒
              </Button>
            )}
            {declining === a.id && (
              <View>
                <Input className='input decline-reason' value={reason} maxlength={300} placeholder='婉拒的理由，会告诉群众' onInput={(e) => setReason(e.detail.value)} />
                <Button className='btn btn--ghost' loading={busy === a.id} disabled={busy !== null} onClick={() => answer(a, 'decline')}>
                  确认婉拒
                </Button>
              </View>
            )}
            {!handles && ['booked', 'waitlisted', 'confirmed'].includes(a.status) && (
              <Button className='btn btn--ghost btn--small appointment__cancel' loading={busy === a.id} disabled={busy !== null} onClick={() => answer(a, 'cancel')}>
                取消预约
              </Button>
            )}
          </View>
        ))}
        <LoadMore paged={paged} />
      </StateView>
    </Page>
  )
}
