import { Text, View } from '@tarojs/components'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { StatusTag } from '../../../components/status-tag'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { CASE_PAGE } from '../../../core/cases/pages'
import type { CaseStatus } from '../../../core/cases/states'
import { formatShanghai } from '../../../core/time'
import { getNotice } from '../../../services/api/notices'
import { receptionBoard } from '../../../services/api/reception-days'
import { nav, stopPullDownRefresh } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { RecordForm } from './record-form'
import { Page } from '../../../components/page'

/**
 * A reception day's questions sent in before it (提前征集), and its record after: staff write
 * the minutes, attendance and who attended, and each on-site request becomes a case.
 */
export default function ReceptionRecord() {
  const id = useRouter().params.id ?? ''
  const user = useAppStore((s) => s.user)
  const notice = useRemote(() => getNotice(id), [id])
  const board = useRemote(() => receptionBoard(id), [id])
  usePullDownRefresh(() => void Promise.all([notice.reload(), board.reload()]).finally(stopPullDownRefresh))

  const n = notice.data
  const isStaff = !!n && user?.role === 'staff' && user.stationId === n.stationId
  const caseLink = (caseId: string) => user && nav.to(`${CASE_PAGE[user.role]}?id=${caseId}`)
  return (
    <Page>
      <StateView loading={notice.loading} error={notice.error} onRetry={notice.reload}>
        {n && (
          <View className='card'>
            <Text className='section-title'>{n.theme}</Text>
            <Text className='muted'>{`${n.stationName} · ${n.when}`}</Text>
          </View>
        )}
      </StateView>
      <StateView loading={board.loading} error={board.error} onRetry={board.reload}>
        {board.data && (
          <>
            <View className='card'>
              <Text className='section-title'>{`提前征集的问题（${board.data.questions.length}）`}</Text>
              {board.data.questions.length === 0 && <Text className='muted'>还没有群众提前提问</Text>}
              {board.data.questions.map((q) => (
                <View key={q.id} className='list-item advance-question' onClick={() => caseLink(q.id)}>
                  <View className='row row--between'>
                    <Text className='muted'>{`${q.number} · ${q.category} · ${formatShanghai(q.createdAt)}`}</Text>
                    <StatusTag status={q.status as CaseStatus} />
                  </View>
                  <Text className='advance-question__text'>{q.text}</Text>
                </View>
              ))}
            </View>
            {board.data.records.map((r) => (
              <View key={r.id} className='card reception-record'>
                <Text className='section-title'>{`${r.day} 接待记录`}</Text>
                <Text className='field-value record-attendance'>{`到场群众 ${r.attendance} 人${r.deputiesPresent.length ? `，到场代表：${r.deputiesPresent.join('、')}` : ''}`}</Text>
                <Text className='record-minutes'>{r.minutes}</Text>
                {r.requests.map((c) => (
                  <View key={c.id} className='row row--between list-item record-request' onClick={() => caseLink(c.id)}>
                    <Text>{`${c.number} · ${c.category}`}</Text>
                    <StatusTag status={c.status as CaseStatus} />
                  </View>
                ))}
              </View>
            ))}
          </>
        )}
      </StateView>
      {isStaff && n && <RecordForm notice={n} onRecorded={board.replace} />}
    </Page>
  )
}
