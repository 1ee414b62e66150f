import { Input, Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useRemote } from '../../../components/use-remote'
import type { ExpertItem } from '../../../core/legislation/types'
import { experts, saveExpert } from '../../../services/api/legislation'
import { nav, stopPullDownRefresh, toast } from '../../../services/platform'

type Entry = Pick<ExpertItem, 'code' | 'name' | 'field' | 'organisation' | 'active'> & { id?: string; version?: number }
const blank = (): Entry => ({ code: '', name: '', field: '', organisation: '', active: true })

function problemOf(e: Entry): string | null {
  if (!/^[A-Za-z0-9_-]{1,30}$/.test(e.code.trim())) return '请填写专家编码（字母、数字，如 ZJ001）'
  if (!e.name.trim()) return '请填写专家姓名'
  if (e.field.trim().length < 2) return '请填写专业领域'
  if (e.organisation.trim().length < 2) return '请填写工作单位'
  return null
}

/**
 * 专家库 (the admin, the office): the lawyers and experts who turn residents' comments into 法言法语
 * at the district's contact points. Each entry binds accounts through a code; one set 停用 acts as a
 * resident from that moment.
 */
export default function Experts() {
  const list = useRemote(() => experts(), [])
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const [entry, setEntry] = useState<Entry | null>(null)
  const [busy, run] = useBusy()
  const problem = entry ? problemOf(entry) : null
  const set = (patch: Partial<Entry>) => setEntry((e) => (e ? { ...e, ...patch } : e))
  const save = () =>
    run(async () => {
      if (!entry || problem) return void toast(problem ?? '')
      const { id, version, ...fields } = entry
      const next = await saveExpert({ ...(id ? { id, version } : {}), ...fields, code: fields.code.trim(), name: fields.name.trim(), field: fields.field.trim(), organisation: fields.organisation.trim() })
      list.replace(next)
      setEntry(null)
      toast('已保存', 'success')
    })
  return (
    <Page>
      {entry ? (
        <View className='card expert-form'>
          <Text className='section-title'>{entry.id ? '修改专家信息' : '添加专家'}</Text>
          <Input {...labelled('专家编码')} className='input expert-code' value={entry.code} maxlength={30} placeholder='专家编码，如 ZJ001' onInput={(e) => set({ code: e.detail.value })} />
          <Input {...labelled('姓名')} className='input expert-name' value={entry.name} maxlength={20} placeholder='姓名' onInput={(e) => set({ name: e.detail.value })} />
          <Input {...labelled('专业领域')} className='input expert-field' value={entry.field} maxlength={40} placeholder='专业领域，如 行政法、城市管理' onInput={(e) => set({ field: e.detail.value })} />
          <Input {...labelled('工作单位')} className='input expert-organisation' value={entry.organisation} maxlength={60} placeholder='工作单位，如 某某律师事务所' onInput={(e) => set({ organisation: e.detail.value })} />
          <View className='chips'>
            <Choice className='expert-active' on={entry.active} onPick={() => set({ active: true })}>在库</Choice>
            <Choice className='expert-inactive' on={!entry.active} onPick={() => set({ active: false })}>停用</Choice>
          </View>
          {problem && <Text className='warning'>{problem}</Text>}
          <View className='row'>
            <Button className='btn btn--primary save-expert' disabled={busy} onClick={() => void save()}>保存</Button>
            <Button className='btn btn--ghost' onClick={() => setEntry(null)}>取消</Button>
          </View>
        </View>
      ) : (
        <Button className='btn btn--primary add-expert' onClick={() => setEntry(blank())}>添加专家</Button>
      )}
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={list.data?.items.length === 0} emptyText='专家库还是空的：添加律师、法学专家后，给他们发放绑定码'>
        {list.data?.items.map((x) => (
          <View key={x.id} className='card expert-item'>
            <Text className='field-value'>{`${x.name}（${x.code}）${x.active ? '' : ' · 已停用'}`}</Text>
            <Text className='muted'>{`${x.field} · ${x.organisation} · 已绑定 ${x.accounts} 个账号`}</Text>
            <View className='row row--wrap'>
              <Button className='btn btn--ghost btn--small edit-expert' onClick={() => setEntry({ id: x.id, version: x.version, code: x.code, name: x.name, field: x.field, organisation: x.organisation, active: x.active })}>修改</Button>
              {x.active && (
                <Button className='btn btn--ghost btn--small bind-expert' onClick={() => nav.to(`/packages/admin/bindings/index?role=consultant&target=${encodeURIComponent(x.code)}`)}>发放绑定码</Button>
              )}
            </View>
          </View>
        ))}
      </StateView>
    </Page>
  )
}
