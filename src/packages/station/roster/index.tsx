import { Picker, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useEffect, useState } from 'react'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { ROTATION_PERIODS, type RotationPeriod } from '../../../core/reception/roster'
import { PERIOD_LABELS } from '../../../core/stations/types'
import { shanghaiDay } from '../../../core/time'
import { errorMessage } from '../../../services/api/call'
import { getStation, saveRoster } from '../../../services/api/stations'
import { toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { Page } from '../../../components/page'
import { Choice } from '../../../components/choice'

type Place = 'fixed' | 'rotating' | 'none'
const PLACES: [Place, string][] = [['fixed', '常驻'], ['rotating', '轮值'], ['none', '不排']]

/** Staff keep their station's roster: who is always there, who takes turns, and how often. */
export default function Roster() {
  const stationId = useAppStore((s) => s.user?.stationId) ?? ''
  const station = useRemote(stationId ? () => getStation({ id: stationId }) : null, [stationId])
  const [places, setPlaces] = useState<Record<string, Place>>({})
  const [period, setPeriod] = useState<RotationPeriod>('week')
  const [startsOn, setStartsOn] = useState('')
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const s = station.data
    if (!s) return
    const fixed = new Set(s.roster?.fixed.map((d) => d.id))
    const rotating = new Set(s.roster?.rotating.map((d) => d.id))
    setPlaces(Object.fromEntries(s.deputiesList.map((d) => [d.id, fixed.has(d.id) ? 'fixed' : rotating.has(d.id) ? 'rotating' : 'none'])))
    setPeriod(s.roster?.period ?? 'week')
    setStartsOn(s.roster?.startsOn ?? shanghaiDay(new Date()))
  }, [station.data])

  const save = async () => {
    const s = station.data!
    const pick = (p: Place) => s.deputiesList.filter((d) => places[d.id] === p).map((d) => d.id)
    setSaving(true)
    try {
      station.replace(await saveRoster({ id: s.id, fixed: pick('fixed'), rotating: pick('rotating'), period, startsOn }))
      toast('值班表已保存', 'success')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Page>
      <StateView loading={station.loading} error={stationId ? station.error : '只有联络站工作人员可以编排值班表'} onRetry={station.reload}>
        {station.data && (
          <>
            <View className='card'>
              <Text className='section-title'>{station.data.name}</Text>
              <Text className='field-value on-duty'>{`今天值班：${station.data.roster ? [...station.data.roster.today.fixed, station.data.roster.today.rotating].filter(Boolean).join('、') || '暂无安排' : '尚未编排'}`}</Text>
            </View>
            <View className='card'>
              <Text className='section-title'>代表</Text>
              {station.data.deputiesList.map((d) => (
                <View key={d.id} className='list-item roster-row'>
                  <Text className='deputy-item__name'>{d.name}</Text>
                  <View className='chips'>
                    {PLACES.map(([p, label]) => (
                      <Choice key={p} on={places[d.id] === p} onPick={() => setPlaces((x) => ({ ...x, [d.id]: p }))}>
                        {label}
                      </Choice>
                    ))}
                  </View>
                </View>
              ))}
            </View>
            <View className='card'>
              <Text className='section-title'>轮值</Text>
              <View className='chips'>
                {ROTATION_PERIODS.map((p) => (
                  <Choice key={p} className='period' on={period === p} onPick={() => setPeriod(p)}>
                    {PERIOD_LABELS[p]}
                  </Choice>
                ))}
              </View>
              <Picker mode='date' value={startsOn} onChange={(e) => setStartsOn(e.detail.value)}>
                <Text className='field-value starts-on'>{`从 ${startsOn} 开始，按上面的顺序轮流`}</Text>
              </Picker>
            </View>
            <Button className='btn btn--primary save-roster' loading={saving} disabled={saving} onClick={save}>
              保存值班表
            </Button>
          </>
        )}
      </StateView>
    </Page>
  )
}
