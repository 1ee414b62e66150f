import { Input, Picker, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useEffect, useState } from 'react'
import { RECORD_KINDS } from '../../../core/accountability/kinds'
import { PERIOD_LABELS } from '../../../core/accountability/periods'
import type { RulesView } from '../../../core/accountability/types'
import { shanghaiDay } from '../../../core/time'
import { useBusy } from '../../../components/use-busy'
import { savePointRules } from '../../../services/api/duty'
import { toast } from '../../../services/platform'

/** The district's points table as in force today; the admin changes a kind's points from a day on (a new version). */
export function RulesTable({ view, editable, onSaved }: { view: RulesView; editable: boolean; onSaved(v: RulesView): void }) {
  const r = view.current
  const [points, setPoints] = useState<Record<string, string>>({})
  const [from, setFrom] = useState(shanghaiDay(new Date()))
  const [busy, run] = useBusy()
  useEffect(() => setPoints(Object.fromEntries(RECORD_KINDS.map((k) => [k, String(r.kinds[k].points)]))), [r])
  const save = () =>
    run(async () => {
      if (RECORD_KINDS.some((k) => !/^-?\d+(\.5)?$/.test(points[k] ?? ''))) return void toast('分值应为整数或半分')
      const kinds = Object.fromEntries(RECORD_KINDS.map((k) => [k, { ...r.kinds[k], points: Number(points[k]) }])) as typeof r.kinds
      onSaved(await savePointRules({ rules: { ...r, kinds }, effectiveFrom: from, version: view.versions[0]?.version ?? 0 }))
      toast('已保存，生效日期以后的积分已按新规则重算', 'success')
    })
  return (
    <View className='card rules'>
      <Text className='section-title'>{`积分规则${view.versions.length ? `（第 ${view.versions[0].version} 版，${view.versions[0].effectiveFrom} 起）` : '（默认）'}`}</Text>
      {RECORD_KINDS.map((k) => (
        <View key={k} className='row row--between list-item rule'>
          <Text>{k}</Text>
          {editable ? (
            <Input className='input rule-points' type='digit' value={points[k] ?? ''} onInput={(e) => setPoints((p) => ({ ...p, [k]: e.detail.value }))} />
          ) : (
            <Text className='field-value'>{`${r.kinds[k].points} 分`}</Text>
          )}
          <Text className='muted'>{r.kinds[k].cap ? `${PERIOD_LABELS[r.kinds[k].cap!.per]}最多 ${r.kinds[k].cap!.max} 分` : '不设上限'}</Text>
        </View>
      ))}
      <Text className='muted'>{`等次（全年）：优秀 ≥ ${r.bands.优秀}，良好 ≥ ${r.bands.良好}，合格 ≥ ${r.bands.合格}，以下为待改进；季度按比例折算。述职满意率 ≥ ${Math.round(r.passRate * 100)}% 为称职。`}</Text>
      {editable && (
        <>
          <Picker mode='date' value={from} onChange={(e) => setFrom(e.detail.value)}>
            <Text className='input rules-from'>{`生效日期：${from}`}</Text>
          </Picker>
          <Button className='btn btn--primary save-rules' loading={busy} disabled={busy} onClick={() => void save()}>
            保存为新版本
          </Button>
        </>
      )}
    </View>
  )
}
