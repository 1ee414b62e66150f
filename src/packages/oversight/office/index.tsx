import { Input, Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useRemote } from '../../../components/use-remote'
import { formatShanghai } from '../../../core/time'
import { ballots, committeeMembers, officials, openBallot, saveOfficial } from '../../../services/api/oversight'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'

const blank = { name: '', post: '', departmentCode: '', appointedOn: '' }

/**
 * 任后监督 (the office): the officials the standing committee appointed, added here; and the session's
 * 满意度测评 — opened for every official listed and every member, its code shown in the room.
 */
export default function Oversight() {
  const list = useRemote(() => officials(), [])
  const held = useRemote(() => ballots(), [])
  const members = useRemote(() => committeeMembers(), [])
  usePullDownRefresh(() => void Promise.all([list.reload(), held.reload(), members.reload()]).finally(stopPullDownRefresh))
  const [form, setForm] = useState(blank)
  const [title, setTitle] = useState('')
  const [busy, run] = useBusy()
  const add = () =>
    run(async () => {
      if (!form.name.trim() || !form.post.trim() || !form.departmentCode.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(form.appointedOn)) return void toast('请填写姓名、职务、单位编码和任命日期（如 2026-01-15）')
      await saveOfficial({ name: form.name.trim(), post: form.post.trim(), departmentCode: form.departmentCode.trim(), appointedOn: form.appointedOn })
      setForm(blank)
      toast('已添加', 'success')
      await list.reload()
    })
  const open = () =>
    run(async () => {
      const o = list.data?.items ?? []
      const m = members.data?.items ?? []
      if (title.trim().length < 4 || !o.length || !m.length) return void toast('请填写测评名称；测评需要被任命人员和常委会组成人员')
      const made = await openBallot({ title: title.trim(), officialIds: o.map((x) => x.id), memberIds: m.map((x) => x.id), closesAt: new Date(Date.now() + 3 * 3_600_000).toISOString() })
      nav.to(`/packages/oversight/results/index?id=${made.id}`)
    })
  return (
    <Page width='wide'>
      <View className='card'>
        <Text className='section-title'>被任命人员</Text>
        <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={list.data?.items.length === 0} emptyText='还没有被任命人员'>
          {list.data?.items.map((o) => (
            <Text key={o.id} className='field-value official-item'>{`${o.name} · ${o.post} · ${o.department.name} · ${o.appointedOn} 任命`}</Text>
          ))}
        </StateView>
        <View className='row row--wrap'>
          <Input {...labelled('姓名')} className='input input--short official-name' value={form.name} placeholder='姓名' onInput={(e) => setForm((f) => ({ ...f, name: e.detail.value }))} />
          <Input {...labelled('职务')} className='input official-post' value={form.post} placeholder='职务' onInput={(e) => setForm((f) => ({ ...f, post: e.detail.value }))} />
          <Input {...labelled('单位编码')} className='input input--short official-unit' value={form.departmentCode} placeholder='单位编码' onInput={(e) => setForm((f) => ({ ...f, departmentCode: e.detail.value }))} />
          <Input {...labelled('任命日期')} className='input input--short official-appointed' value={form.appointedOn} placeholder='任命日期 2026-01-15' onInput={(e) => setForm((f) => ({ ...f, appointedOn: e.detail.value }))} />
          <Button className='btn btn--ghost add-official' disabled={busy} onClick={() => void add()}>添加</Button>
        </View>
      </View>
      <View className='card'>
        <Text className='section-title'>满意度测评</Text>
        <Text className='muted'>{`常委会组成人员 ${members.data?.items.length ?? 0} 人（用“绑定码 → 常委会组成人员”发码添加）`}</Text>
        <Input {...labelled('测评名称')} className='input ballot-title-input' value={title} placeholder='如 区人大常委会第二十次会议满意度测评' onInput={(e) => setTitle(e.detail.value)} />
        <Button className='btn btn--primary open-ballot' disabled={busy} onClick={() => void open()}>对上列全部人员组织测评（3 小时内有效）</Button>
        {held.data?.items.map((b) => (
          <View key={b.id} className='list-item ballot-item' onClick={() => nav.to(`/packages/oversight/results/index?id=${b.id}`)}>
            <Text className='field-value'>{b.title}</Text>
            <Text className='muted'>{`${b.closed ? '已结束' : `${formatShanghai(b.closesAt)} 结束`} · 测评 ${b.officials} 人 · 应到 ${b.entitled} 人 · 编码 ${b.code}`}</Text>
          </View>
        ))}
      </View>
    </Page>
  )
}
