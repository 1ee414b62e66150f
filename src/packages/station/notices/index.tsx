import { Input, Picker, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { NoticeCard } from '../../../components/notice-card'
import { LoadMore } from '../../../components/load-more'
import { usePaged } from '../../../components/use-paged'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import type { ReceptionRule } from '../../../core/reception/schedules'
import type { NoticeView } from '../../../core/reception/views'
import { shanghaiDay, WEEKDAY_NAMES } from '../../../core/time'
import { errorMessage } from '../../../services/api/call'
import { consultations } from '../../../services/api/legislation'
import { cancelNotice, listNotices, postNotice } from '../../../services/api/reception-days'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { useDraft } from '../../../store/use-draft'
import { Page } from '../../../components/page'
import { labelled } from '../../../components/a11y'
import { Choice } from '../../../components/choice'

const KINDS: [ReceptionRule['kind'], string][] = [['monthly', '每月'], ['weekly', '每周'], ['once', '单次']]

/** The notice being written, kept until it is posted. */
interface Draft {
  theme: string
  place: string
  kind: ReceptionRule['kind']
  monthDay: string
  weekday: number
  date: string
  start: string
  end: string
  shift: boolean
  capacity: string
  /** A forum (座谈会) on this draft law; '' for a reception day. */
  consultationId?: string
}

const newNotice = (): Draft => ({
  theme: '', place: '', kind: 'monthly', monthDay: '11', weekday: 3, date: shanghaiDay(new Date()), start: '14:30', end: '17:00', shift: true, capacity: '2',
})

/** Staff post their station's reception days (张榜公示) and cancel them; the roster proposes who is on duty. */
export default function StationNotices() {
  const stationId = useAppStore((s) => s.user?.stationId) ?? ''
  const paged = usePaged<NoticeView, { items: NoticeView[]; cursor?: string }>(stationId ? (cursor) => listNotices({ stationId, past: true }, cursor) : null, [stationId])
  const list = paged.first
  const [draft, update] = useDraft(`notice:${stationId}`, newNotice)
  const { kind, monthDay, weekday, date, start, end, shift, capacity } = draft
  const [sending, setSending] = useState(false)
  // The draft laws open for comments: a reception day may be a forum on one of them.
  const drafts = useRemote(() => consultations(), [])
  const open = (drafts.data?.items ?? []).filter((c) => c.status === 'open')
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))

  const rule = (): ReceptionRule => (kind === 'monthly' ? { kind, day: Number(monthDay) } : kind === 'weekly' ? { kind, weekday } : { kind, date })
  const post = async () => {
    setSending(true)
    try {
      await postNotice({
        stationId, theme: draft.theme.trim(), place: draft.place.trim(), slotCapacity: Number(capacity) || 2,
        schedule: { rule: rule(), start, end, workdayShift: shift },
        ...(draft.consultationId ? { consultationId: draft.consultationId } : {}),
      })
      // The next notice is usually at the same place, on another theme.
      update({ theme: '' })
      toast('已发布，关注本站的群众会收到通知', 'success')
      await list.reload()
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setSending(false)
    }
  }
  const cancel = async (n: NoticeView) => {
    try {
      await cancelNotice(n)
      toast('已取消，已预约的群众会收到通知', 'success')
      await list.reload()
    } catch (e) {
      toast(errorMessage(e))
    }
  }

  return (
    <Page>
      <View className='card notice-form'>
        <Text className='section-title'>发布接待日</Text>
        <Text className='field-label'>主题</Text>
        <Input className='input notice-theme' value={draft.theme} maxlength={50} placeholder='如：老旧小区改造意见征集' onInput={(e) => update({ theme: e.detail.value })} />
        <Text className='field-label'>地点</Text>
        <Input className='input notice-place' value={draft.place} maxlength={100} placeholder='如：社区党群服务中心二楼' onInput={(e) => update({ place: e.detail.value })} />
        <Text className='field-label'>日期</Text>
        <View className='chips'>
          {KINDS.map(([k, label]) => (
            <Choice key={k} className='rule-kind' on={kind === k} onPick={() => update({ kind: k })}>
              {label}
            </Choice>
          ))}
        </View>
        {kind === 'monthly' && (
          <View className='row'>
            <Text>每月</Text>
            <Input {...labelled('每月几日')} className='input input--short month-day' type='number' maxlength={2} value={monthDay} onInput={(e) => update({ monthDay: e.detail.value })} />
            <Text>日</Text>
          </View>
        )}
        {kind === 'weekly' && (
          <View className='chips'>
            {WEEKDAY_NAMES.map((w, i) => (
              <Choice key={w} on={weekday === i + 1} onPick={() => update({ weekday: i + 1 })}>
                周{w}
              </Choice>
            ))}
          </View>
        )}
        {kind === 'once' && (
          <Picker mode='date' value={date} onChange={(e) => update({ date: e.detail.value })}>
            <Text className='field-value once-date'>{date}</Text>
          </Picker>
        )}
        <View className='row'>
          <Picker mode='time' value={start} onChange={(e) => update({ start: e.detail.value })}>
            <Text className='field-value'>{start}</Text>
          </Picker>
          <Text> 至 </Text>
          <Picker mode='time' value={end} onChange={(e) => update({ end: e.detail.value })}>
            <Text className='field-value'>{end}</Text>
          </Picker>
        </View>
        {kind !== 'once' && (
          <Choice on={shift} multi onPick={() => update((d) => ({ shift: !d.shift }))}>
            遇节假日顺延到下一个工作日
          </Choice>
        )}
        <View className='row'>
          <Text>每个时段（30 分钟）约见</Text>
          <Input {...labelled('每个时段约见人数')} className='input input--short capacity' type='number' maxlength={2} value={capacity} onInput={(e) => update({ capacity: e.detail.value })} />
          <Text>人</Text>
        </View>
        {open.length > 0 && (
          <>
            <Text className='field-label'>法规草案座谈会（现场意见记入草案，可不选）</Text>
            <View className='chips'>
              <Choice className='notice-forum' on={!draft.consultationId} onPick={() => update({ consultationId: '' })}>不是座谈会</Choice>
              {open.map((c) => (
                <Choice key={c.id} className='notice-forum' on={draft.consultationId === c.id} onPick={() => update({ consultationId: c.id })}>{c.title}</Choice>
              ))}
            </View>
          </>
        )}
        <Button className='btn btn--primary post-notice' loading={sending} disabled={sending} onClick={post}>
          发布
        </Button>
      </View>
      <StateView loading={list.loading} error={stationId ? list.error : '只有联络站工作人员可以发布接待公告'} onRetry={list.reload} empty={paged.items.length === 0} emptyText='还没有发布接待日'>
        {paged.items.map((n) => (
          <View key={n.id} className='card'>
            <NoticeCard notice={n} />
            {n.next.length === 0 && <Text className='muted'>接待日已过</Text>}
            <View className='row row--between'>
              <Button className='btn btn--ghost btn--small open-record' onClick={() => nav.to(`/packages/station/record/index?id=${n.id}`)}>
                征集与记录
              </Button>
              {n.next.length > 0 && (
                <Button className='btn btn--ghost btn--small cancel-notice' onClick={() => cancel(n)}>
                  取消这个接待日
                </Button>
              )}
            </View>
          </View>
        ))}
        <LoadMore paged={paged} />
      </StateView>
    </Page>
  )
}
