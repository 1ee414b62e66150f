import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { NoticeCard } from '../../../components/notice-card'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import type { ReceptionRule } from '../../../core/reception'
import type { NoticeView } from '../../../core/reception-views'
import { shanghaiDay, WEEKDAY_NAMES } from '../../../core/time'
import { callFunction, errorMessage } from '../../../services/api'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'

const KINDS: [ReceptionRule['kind'], string][] = [['monthly', '每月'], ['weekly', '每周'], ['once', '单次']]

/** Staff post their station's reception days (张榜公示) and cancel them; the roster proposes who is on duty. */
export default function StationNotices() {
  const stationId = useAppStore((s) => s.user?.stationId) ?? ''
  const drafts = useAppStore((s) => s.actionDrafts)
  const setDraft = useAppStore((s) => s.setActionDraft)
  const list = useRemote(stationId ? () => callFunction<{ items: NoticeView[] }>('notices', { action: 'list', stationId, past: true }) : null, [stationId])
  const [kind, setKind] = useState<ReceptionRule['kind']>('monthly')
  const [monthDay, setMonthDay] = useState('11')
  const [weekday, setWeekday] = useState(3)
  const [date, setDate] = useState(shanghaiDay(new Date()))
  const [start, setStart] = useState('14:30')
  const [end, setEnd] = useState('17:00')
  const [shift, setShift] = useState(true)
  const [capacity, setCapacity] = useState('2')
  const [sending, setSending] = useState(false)
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const theme = drafts['notice:theme'] ?? ''
  const place = drafts['notice:place'] ?? ''

  const rule = (): ReceptionRule => (kind === 'monthly' ? { kind, day: Number(monthDay) } : kind === 'weekly' ? { kind, weekday } : { kind, date })
  const post = async () => {
    setSending(true)
    try {
      await callFunction('notices', {
        action: 'post', stationId, theme: theme.trim(), place: place.trim(), slotCapacity: Number(capacity) || 2,
        schedule: { rule: rule(), start, end, workdayShift: shift },
      })
      setDraft('notice:theme', '')
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
      await callFunction('notices', { action: 'cancel', id: n.id, version: n.version })
      toast('已取消，已预约的群众会收到通知', 'success')
      await list.reload()
    } catch (e) {
      toast(errorMessage(e))
    }
  }

  return (
    <View className='page'>
      <View className='card notice-form'>
        <Text className='section-title'>发布接待日</Text>
        <Text className='field-label'>主题</Text>
        <Input className='input notice-theme' value={theme} maxlength={50} placeholder='如：老旧小区改造意见征集' onInput={(e) => setDraft('notice:theme', e.detail.value)} />
        <Text className='field-label'>地点</Text>
        <Input className='input notice-place' value={place} maxlength={100} placeholder='如：社区党群服务中心二楼' onInput={(e) => setDraft('notice:place', e.detail.value)} />
        <Text className='field-label'>日期</Text>
        <View className='chips'>
          {KINDS.map(([k, label]) => (
            <Text key={k} className={`chip rule-kind ${kind === k ? 'chip--on' : ''}`} onClick={() => setKind(k)}>
              {label}
            </Text>
          ))}
        </View>
        {kind === 'monthly' && (
          <View className='row'>
            <Text>每月</Text>
            <Input className='input input--short month-day' type='number' maxlength={2} value={monthDay} onInput={(e) => setMonthDay(e.detail.value)} />
            <Text>日</Text>
          </View>
        )}
        {kind === 'weekly' && (
          <View className='chips'>
            {WEEKDAY_NAMES.map((w, i) => (
              <Text key={w} className={`chip ${weekday === i + 1 ? 'chip--on' : ''}`} onClick={() => setWeekday(i + 1)}>
                周{w}
              </Text>
            ))}
          </View>
        )}
        {kind === 'once' && (
          <Picker mode='date' value={date} onChange={(e) => setDate(e.detail.value)}>
            <Text className='field-value once-date'>{date}</Text>
          </Picker>
        )}
        <View className='row'>
          <Picker mode='time' value={start} onChange={(e) => setStart(e.detail.value)}>
            <Text className='field-value'>{start}</Text>
          </Picker>
          <Text> 至 </Text>
          <Picker mode='time' value={end} onChange={(e) => setEnd(e.detail.value)}>
            <Text className='field-value'>{end}</Text>
          </Picker>
        </View>
        {kind !== 'once' && (
          <Text className={`chip ${shift ? 'chip--on' : ''}`} onClick={() => setShift(!shift)}>
            遇节假日顺延到下一个工作日
          </Text>
        )}
        <View className='row'>
          <Text>每个时段（30 分钟）约见</Text>
          <Input className='input input--short capacity' type='number' maxlength={2} value={capacity} onInput={(e) => setCapacity(e.detail.value)} />
          <Text>人</Text>
        </View>
        <Button className='btn btn--primary post-notice' loading={sending} disabled={sending} onClick={post}>
          发布
        </Button>
      </View>
      <StateView loading={list.loading} error={stationId ? list.error : '只有联络站工作人员可以发布接待公告'} onRetry={list.reload} empty={(list.data?.items ?? []).length === 0} emptyText='还没有发布接待日'>
        {list.data?.items.map((n) => (
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
      </StateView>
    </View>
  )
}
