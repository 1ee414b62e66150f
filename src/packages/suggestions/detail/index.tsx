import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import { GRADES, SUGGESTION_STATES } from '../../../core/suggestions/states'
import type { SuggestionView } from '../../../core/suggestions/types'
import { formatShanghai } from '../../../core/time'
import { getSuggestion } from '../../../services/api/suggestions'
import { stopPullDownRefresh } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { DeputyActions, Evaluate, OfficeActions, UnitActions, Withhold } from './actions'
import { Attachments } from '../attachments'
import { EvidenceCard } from './evidence'
import { OfficeSupervision, ProgressForm, SupervisionCard, UnitRequests } from './supervision'

const DEPUTY_STATUS = { invited: '待确认', confirmed: '', declined: '不附议' } as const

/** What the suggestion says and who stands behind it. */
function Body({ s }: { s: SuggestionView }) {
  return (
    <View className='card suggestion-body'>
      <Text className='section-title suggestion-title'>{s.title}</Text>
      <Text className='muted suggestion-status'>{`${s.number ?? '未提交'} · ${SUGGESTION_STATES[s.status].label}${s.dueOn ? ` · ${s.dueOn} 前答复` : ''}`}</Text>
      <Text className='field-label'>提出代表</Text>
      <Text className='field-value suggestion-deputies'>
        {s.deputies.map((d) => `${d.name}（${d.role === 'lead' ? '领衔' : '附议'}${DEPUTY_STATUS[d.status] ? `，${DEPUTY_STATUS[d.status]}` : ''}）`).join('、')}
      </Text>
      <Text className='field-label'>{`案由（依据 ${s.cases.length} 件诉求、${s.residents} 位群众反映）`}</Text>
      <Text className='field-value suggestion-situation'>{s.situation}</Text>
      <Text className='field-label'>建议</Text>
      <Text className='field-value suggestion-proposal'>{s.proposal}</Text>
      <Attachments items={s.media.filter((m) => m.round === null)} label='附件' />
      {s.units.length > 0 && (
        <>
          <Text className='field-label'>承办单位</Text>
          <Text className='field-value suggestion-units'>{s.units.map((u) => `${u.name}（${u.role === 'lead' ? '主办' : '协办'}${u.signedAt ? (u.signLate ? '，逾期签收' : '，已签收') : u.signLate ? '，逾期未签收' : '，未签收'}${u.redirect ? `，申请调整：${u.redirect}` : ''}）`).join('、')}</Text>
        </>
      )}
      {s.units.filter((u) => u.view).map((u) => (
        <Text key={u.id} className='hint assist-view'>{`${u.name}的协办意见：${u.view}`}</Text>
      ))}
      {s.progress.map((p, i) => (
        <Text key={i} className='hint suggestion-progress'>{`办理进展 ${p.percent}%${p.done ? '（已办结）' : ''}：${p.note}`}</Text>
      ))}
      {s.withheld && <Text className='warning'>答复不予公开</Text>}
      {s.answers.map((a) => (
        <View key={a.round} className='list-item suggestion-answer'>
          <Text className='field-label'>{`${a.round === 1 ? '答复' : '重新办理后的答复'}：${a.grade} 类（${GRADES[a.grade]}）`}</Text>
          <Text className='field-value'>{a.text}</Text>
          <Attachments items={s.media.filter((m) => m.round === a.round)} label='答复函' />
        </View>
      ))}
    </View>
  )
}

/** 建议详情: the suggestion, its timeline, and the moves the reader may make on it now. */
export default function SuggestionDetail() {
  const { id = '' } = useParams()
  const user = useAppStore((s) => s.user)
  const loaded = useRemote(id ? () => getSuggestion(id) : null, [id])
  usePullDownRefresh(() => void loaded.reload().finally(stopPullDownRefresh))
  const s = loaded.data
  const handling = s && (s.status === 'assigned' || s.status === 'rehandling')
  const reports = s && s.you.leadUnit && ((s.grade === 'B' && !s.progressDone && !handling && ['answered', 'closed'].includes(s.status)) || (s.key && handling && s.you.signed))
  const rate = s && user?.role === 'deputy' && s.you.signer && !s.you.rated && (s.status === 'answered' || (s.status === 'closed' && !s.you.lead))
  return (
    <Page>
      <StateView loading={loaded.loading} error={loaded.error} onRetry={loaded.reload}>
        {s && user && (
          <>
            <Body s={s} />
            <EvidenceCard s={s} />
            <SupervisionCard s={s} />
            {user.role === 'deputy' && <DeputyActions s={s} onDone={loaded.replace} />}
            {rate && <Evaluate s={s} onDone={loaded.replace} />}
            {user.role === 'office' && <OfficeActions s={s} onDone={loaded.replace} />}
            {user.role === 'office' && ['answered', 'closed'].includes(s.status) && !s.withheld && <Withhold s={s} onDone={loaded.replace} />}
            {user.role === 'office' && <OfficeSupervision s={s} onDone={loaded.replace} />}
            {reports && <ProgressForm s={s} onDone={loaded.replace} />}
            {user.role === 'department' && <UnitRequests s={s} onDone={loaded.replace} />}
            {user.role === 'department' && <UnitActions s={s} user={user} onDone={loaded.replace} />}
            <View className='card timeline'>
              <Text className='section-title'>办理过程</Text>
              {s.events.map((e, i) => (
                <View key={i} className='list-item suggestion-event'>
                  <Text className='field-value'>{`${e.label}${e.note ? `：${e.note}` : ''}`}</Text>
                  <Text className='muted'>{formatShanghai(e.at)}</Text>
                </View>
              ))}
            </View>
          </>
        )}
      </StateView>
    </Page>
  )
}
