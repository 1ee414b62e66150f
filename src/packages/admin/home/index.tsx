import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { SHEET_NAMES } from '../../../core/admin/workbook'
import { firstRunChecklist } from '../../../services/api/admin'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { Page } from '../../../components/page'

/** 本区开通: a new district's first-run checklist (each step with its count and a link), then every page that keeps the district's data. */
export default function AdminHome() {
  const list = useRemote(() => firstRunChecklist(), [])
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  const items = list.data?.items ?? []
  const left = items.filter((i) => !i.done).length
  return (
    <Page width='wide'>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload}>
        <View className='card checklist'>
          <Text className='section-title'>{left ? `开通清单：还有 ${left} 项` : '开通清单：都已完成'}</Text>
          {items.map((i) => (
            <View key={i.key} className={`list-item row row--between checklist-item checklist-${i.key}`} onClick={() => nav.to(i.path)}>
              <Text className='field-value'>{i.label}</Text>
              <Text className={`tag ${i.done ? 'tag--closed' : 'tag--open'}`}>{i.key === 'settings' ? (i.done ? '已设置' : '待确认') : i.done ? `已完成 ${i.count}` : '待完成'}</Text>
            </View>
          ))}
        </View>
      </StateView>
      <View className='card'>
        <Text className='section-title'>本区数据</Text>
        <View className='row row--wrap'>
          <Text className='link' onClick={() => nav.to('/packages/admin/settings/index')}>本区设置</Text>
          {SHEET_NAMES.map((s) => (
            <Text key={s} className={`link records-${s}`} onClick={() => nav.to(`/packages/admin/records/index?sheet=${s}`)}>
              {s}
            </Text>
          ))}
          <Text className='link' onClick={() => nav.to('/packages/admin/regions/index')}>区域</Text>
          <Text className='link' onClick={() => nav.to('/packages/admin/district/index')}>Excel 导入导出</Text>
          <Text className='link' onClick={() => nav.to('/packages/admin/bindings/index')}>绑定码与人员</Text>
        </View>
      </View>
    </Page>
  )
}
