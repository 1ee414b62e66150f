import { View } from '@tarojs/components'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { CaseDetailView } from '../../components/case-detail-view'
import { StateView } from '../../components/state-view'
import { useReloadOnShow } from '../../components/use-reload-on-show'
import { useRemote } from '../../components/use-remote'
import type { CaseDetail } from '../../core/types'
import { callFunction } from '../../services/api'
import { stopPullDownRefresh } from '../../services/platform'

export default function CasePage() {
  const id = useRouter().params.id ?? ''
  const detail = useRemote(() => callFunction<CaseDetail>('cases', { action: 'get', id }), [id])
  useReloadOnShow(detail.reload)
  usePullDownRefresh(() => void detail.reload().finally(stopPullDownRefresh))
  return (
    <View className='page'>
      <StateView loading={detail.loading} error={detail.error} onRetry={detail.reload}>
        {detail.data && <CaseDetailView detail={detail.data} />}
      </StateView>
    </View>
  )
}
