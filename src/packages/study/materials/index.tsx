import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useReloadOnShow } from '../../../components/use-reload-on-show'
import { useRemote } from '../../../components/use-remote'
import { formatShanghai } from '../../../core/time'
import { studyMaterials } from '../../../services/api/study'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { MaterialForm } from './material-form'

/**
 * 代表学习: the district's reading list of laws and training materials, each with a short quiz; a
 * deputy sees which they passed (each a 培训学习 item of their record). The office adds materials here.
 */
export default function Materials() {
  const role = useAppStore((s) => s.user?.role)
  const list = useRemote(() => studyMaterials(), [])
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  // Back from a material whose quiz was just passed.
  useReloadOnShow(() => list.reload())
  const [adding, setAdding] = useState(false)
  return (
    <Page>
      {role === 'office' &&
        (adding ? (
          <MaterialForm onDone={() => (setAdding(false), void list.reload())} onCancel={() => setAdding(false)} />
        ) : (
          <Button className='btn btn--primary add-material' onClick={() => setAdding(true)}>添加学习材料</Button>
        ))}
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={list.data?.items.length === 0} emptyText='还没有学习材料'>
        {list.data?.items.map((m) => (
          <View key={m.id} className='card material-item' onClick={() => nav.to(`/packages/study/material/index?id=${m.id}`)}>
            <Text className='status-tag'>{m.kind}</Text>
            <Text className='section-title'>{m.title}</Text>
            <Text className={m.passedAt ? 'success-text material-passed' : 'muted'}>
              {m.passedAt ? `已通过测验（${formatShanghai(m.passedAt).slice(0, 10)}），计入培训学习` : `测验 ${m.questions} 题，答对八成即通过`}
            </Text>
          </View>
        ))}
      </StateView>
    </Page>
  )
}
