import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { getCase } from '../services/api/cases'
import { stopPullDownRefresh } from '../services/platform'
import { useAppStore } from '../store'
import { CaseActions } from './case-actions'
import { CaseDetailView } from './case-detail-view'
import { StateView } from './state-view'
import { useReloadOnShow } from './use-reload-on-show'
import { useRemote } from './use-remote'
import { Page } from './page'

/** A case with the moves its viewer may make on it: the same page for every role. */
export function CasePage() {
  const id = useRouter().params.id ?? ''
  const role = useAppStore((s) => s.user?.role)
  const detail = useRemote(() => getCase(id), [id])
  useReloadOnShow(detail.reload)
  usePullDownRefresh(() => void detail.reload().finally(stopPullDownRefresh))
  // Handlers act first; a resident reads their case first, then rates, urges or withdraws it.
  const actions = role && detail.data && <CaseActions detail={detail.data} role={role} onMoved={(moved) => (moved ? detail.replace(moved) : void detail.reload())} />
  return (
    <Page>
      <StateView loading={detail.loading} error={detail.error} onRetry={detail.reload}>
        {detail.data && (
          <>
            {role && role !== 'resident' && actions}
            <CaseDetailView detail={detail.data} reportable={role === 'resident' && !detail.data.mine} />
            {role === 'resident' && actions}
          </>
        )}
      </StateView>
    </Page>
  )
}
