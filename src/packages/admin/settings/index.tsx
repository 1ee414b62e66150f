import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useEffect, useState } from 'react'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useRemote } from '../../../components/use-remote'
import type { DistrictSettings } from '../../../core/admin/workbook'
import { districtSettings, saveDistrictSettings } from '../../../services/api/admin'
import { nav, toast } from '../../../services/platform'
import { Page } from '../../../components/page'
import { labelled } from '../../../components/a11y'

type Days = keyof DistrictSettings['deadlines']
type Terms = keyof DistrictSettings['suggestionTerms']
const DEADLINES: { key: Days; label: string; unit: string }[] = [
  { key: 'firstResponse', label: '选民接单：代表首次答复', unit: '个工作日' },
  { key: 'dispatch', label: '人大派单', unit: '个工作日' },
  { key: 'departmentAcceptance', label: '部门接单', unit: '个工作日' },
  { key: 'resolution', label: '部门办理', unit: '个工作日' },
  { key: 'ratingWindowDays', label: '群众评单：评价期限', unit: '天' },
]
const TERMS: { key: Terms; label: string; unit: string }[] = [
  { key: 'answerMonths', label: '代表建议：答复期限（自交办起）', unit: '个月，法定 3 个月，最长 6 个月' },
  { key: 'signDays', label: '代表建议：承办单位签收期限', unit: '天' },
]

/** 本区设置: the district's name, administrative division code, case-number prefix, each stage's deadline and the rating window, the suggestions' terms, saved at the version read. */
export default function Settings() {
  const loaded = useRemote(() => districtSettings(), [])
  const [form, setForm] = useState<DistrictSettings | null>(null)
  const [busy, run] = useBusy()
  useEffect(() => setForm(loaded.data), [loaded.data])
  const whole = (text: string) => Number(text.replace(/\D/g, '')) || 0
  const days = (key: Days, text: string) => setForm((f) => f && { ...f, deadlines: { ...f.deadlines, [key]: whole(text) } })
  const terms = (key: Terms, text: string) => setForm((f) => f && { ...f, suggestionTerms: { ...f.suggestionTerms, [key]: whole(text) } })
  const save = () =>
    run(async () => {
      setForm(await saveDistrictSettings(form!))
      toast('已保存', 'success')
    })

  return (
    <Page width='narrow'>
      <StateView loading={loaded.loading} error={loaded.error} onRetry={loaded.reload}>
        {form && (
          <View className='card settings-form'>
            <Text className='field-label'>区县名称</Text>
            <Input {...labelled('区县名称')} className='input settings-name' value={form.name} maxlength={30} onInput={(e) => setForm({ ...form, name: e.detail.value })} />
            <Text className='field-label'>行政区划代码（6 位数字，如潞州区 140403；开放数据 Open311 的 jurisdiction_id）</Text>
            <Input {...labelled('行政区划代码')} className='input input--short settings-code' type='number' value={form.code} maxlength={6} onInput={(e) => setForm({ ...form, code: e.detail.value.replace(/\D/g, '') })} />
            <Text className='field-label'>诉求编号前缀（1–6 个大写字母，只影响今后的新诉求）</Text>
            <Input {...labelled('诉求编号前缀')} className='input settings-prefix' value={form.casePrefix} maxlength={6} onInput={(e) => setForm({ ...form, casePrefix: e.detail.value.toUpperCase() })} />
            {DEADLINES.map((d) => (
              <View key={d.key}>
                <Text className='field-label'>{`${d.label}（${d.unit}）`}</Text>
                <Input {...labelled(`${d.label}（${d.unit}）`)} className={`input input--short settings-${d.key}`} type='number' value={String(form.deadlines[d.key] || '')} onInput={(e) => days(d.key, e.detail.value)} />
              </View>
            ))}
            {TERMS.map((d) => (
              <View key={d.key}>
                <Text className='field-label'>{`${d.label}（${d.unit}）`}</Text>
                <Input {...labelled(`${d.label}（${d.unit}）`)} className={`input input--short settings-${d.key}`} type='number' value={String(form.suggestionTerms[d.key] || '')} onInput={(e) => terms(d.key, e.detail.value)} />
              </View>
            ))}
            <Text className='hint'>期限按本区的节假日和调休计算；改动对今后开始的阶段和今后交办的建议生效。</Text>
            <Button className='btn btn--primary save-settings' loading={busy} disabled={busy} onClick={() => void save()}>
              保存
            </Button>
            <Button className='btn btn--ghost' onClick={() => nav.to('/packages/admin/records/index?sheet=节假日')}>
              节假日与调休
            </Button>
          </View>
        )}
      </StateView>
    </Page>
  )
}
