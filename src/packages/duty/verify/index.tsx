import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { LoadMore } from '../../../components/load-more'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { usePaged } from '../../../components/use-paged'
import { useRemote } from '../../../components/use-remote'
import type { ActivityView } from '../../../core/accountability/types'
import { shanghaiDay } from '../../../core/time'
import { pendingActivities, returnActivity, stationDutyReports, tasksBehind, verifyActivity } from '../../../services/api/duty'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'
import { ActivityCard } from '../activity-card'
import { PaperVotes } from './paper-votes'

/** Verify, or return with a reason: the decided activity leaves the list. */
function Decide({ a, onDone }: { a: ActivityView; onDone(): void }) {
  const [reason, setReason] = useState('')
  const [busy, run] = useBusy()
  const decide = (verify: boolean) =>
    run(async () => {
      if (!verify && reason.trim().length < 2) return void toast('请填写退回原因')
      await (verify ? verifyActivity(a.id) : returnActivity(a.id, reason.trim()))
      toast(verify ? '已核实，计入履职档案' : '已退回', 'success')
      onDone()
    })
  return (
    <ActivityCard a={a}>
      <Text className='muted'>{`登记代表：${a.deputies.map((d) => d.name).join('、')}`}</Text>
      <Input className='input return-reason' value={reason} maxlength={200} placeholder='退回原因（退回时必填）' onInput={(e) => setReason(e.detail.value)} />
      <View className='row row--between'>
        <Button className='btn btn--ghost btn--small return-activity' disabled={busy} onClick={() => void decide(false)}>
          退回
        </Button>
        <Button className='btn btn--primary btn--small verify-activity' disabled={busy} onClick={() => void decide(true)}>
          核实通过
        </Button>
      </View>
    </ActivityCard>
  )
}

/** The station's 履职 work: activities to verify, deputies behind on their tasks, and the paper votes of this year's 述职. */
export default function VerifyDuty() {
  const pending = usePaged<ActivityView, { items: ActivityView[]; cursor?: string }>((cursor) => pendingActivities(cursor), [])
  const behind = useRemote(() => tasksBehind(), [])
  const year = Number(shanghaiDay(new Date()).slice(0, 4))
  const reports = useRemote(() => stationDutyReports({ year }), [year])
  usePullDownRefresh(() => void Promise.all([pending.first.reload(), behind.reload(), reports.reload()]).finally(stopPullDownRefresh))
  return (
    <Page>
      <Button className='btn btn--ghost record-for-deputy' onClick={() => nav.to('/packages/duty/record/index')}>
        为代表登记履职活动
      </Button>
      <View className='card'>
        <Text className='section-title'>待核实的履职记录</Text>
        <StateView loading={pending.first.loading} error={pending.first.error} onRetry={pending.first.reload} empty={!pending.items.length} emptyText='没有待核实的记录'>
          {pending.items.map((a) => (
            <Decide key={a.id} a={a} onDone={() => void pending.first.reload()} />
          ))}
          <LoadMore paged={pending} />
        </StateView>
      </View>
      <View className='card'>
        <Text className='section-title'>任务未完成的代表</Text>
        <StateView loading={behind.loading} error={behind.error} onRetry={behind.reload} empty={!behind.data?.rows.length} emptyText='本站代表的当期任务都已完成'>
          {behind.data?.rows.map((r) => (
            <View key={r.deputy.code} className='list-item behind'>
              <Text className='field-value'>{`${r.deputy.name}（${r.unmet.length} 项未完成）`}</Text>
              <Text className='muted'>{r.unmet.map((u) => `${u.period}${u.task} ${u.done}/${u.required}`).join('；')}</Text>
            </View>
          ))}
        </StateView>
      </View>
      <View className='card'>
        <Text className='section-title'>{`${year}年度述职评议（现场纸质票）`}</Text>
        <StateView loading={reports.loading} error={reports.error} onRetry={reports.reload} empty={!reports.data?.items.length} emptyText='本站代表还没有发布今年的述职报告'>
          {reports.data?.items.map((r) => (
            <PaperVotes key={r.id} report={r} onSaved={() => void reports.reload()} />
          ))}
        </StateView>
      </View>
    </Page>
  )
}
