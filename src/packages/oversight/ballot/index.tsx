import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Choice } from '../../../components/choice'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import { RATINGS, type Rating } from '../../../core/oversight/types'
import { formatShanghai } from '../../../core/time'
import { ballotOf, castVote } from '../../../services/api/oversight'
import { confirmAction, nav, toast } from '../../../services/platform'

/**
 * 满意度测评 for a member of the standing committee, opened from the QR shown in the room: rate every
 * official 满意 / 基本满意 / 不满意, then submit the whole ballot once, after a confirmation. Nobody
 * can tell afterwards what this member chose; the page keeps nothing of it.
 */
export default function Ballot() {
  const { id, code } = useParams()
  const b = useRemote(id || code ? () => ballotOf(id ? { ballotId: id } : { code: code! }) : null, [id, code])
  const [chosen, setChosen] = useState<Record<string, Rating>>({})
  const [busy, run] = useBusy()
  const ballot = b.data
  const left = ballot ? ballot.officials.filter((o) => !chosen[o.id]).length : 0
  const submit = () =>
    run(async () => {
      if (!ballot) return
      if (left) return void toast(`还有 ${left} 位没有评价`)
      if (!(await confirmAction('提交测评票', '提交后不能修改，也不能再次投票。确定提交吗？', '提交'))) return
      await castVote({ ballotId: ballot.id, votes: ballot.officials.map((o) => ({ officialId: o.id, rating: chosen[o.id] })) })
      setChosen({})
      toast('已投票，谢谢', 'success')
      await b.reload()
    })
  return (
    <Page>
      <StateView loading={b.loading} error={b.error} onRetry={b.reload}>
        {ballot && (
          <>
            <View className='card'>
              <Text className='section-title ballot-title'>{ballot.title}</Text>
              <Text className='muted'>{ballot.closed ? '测评已结束' : `${formatShanghai(ballot.closesAt)} 结束 · 无记名测评，谁投了什么票任何人都查不到`}</Text>
            </View>
            {ballot.voted && <View className='card'><Text className='success-text ballot-voted'>您已投票。每人只能提交一次。</Text></View>}
            {ballot.closed && <Button className='btn btn--ghost ballot-results' onClick={() => nav.to(`/packages/oversight/results/index?id=${ballot.id}`)}>查看测评结果</Button>}
            {ballot.entitled && !ballot.voted && !ballot.closed && (
              <>
                {ballot.officials.map((o) => (
                  <View key={o.id} className='card ballot-official'>
                    <Text className='section-title'>{o.name}</Text>
                    <Text className='muted'>{`${o.post} · ${o.department.name}`}</Text>
                    <View className='chips'>
                      {RATINGS.map((r) => (
                        <Choice key={r} className='ballot-rating' on={chosen[o.id] === r} onPick={() => setChosen((c) => ({ ...c, [o.id]: r }))}>{r}</Choice>
                      ))}
                    </View>
                  </View>
                ))}
                <Button className='btn btn--primary cast-vote' disabled={busy} onClick={() => void submit()}>{left ? `提交（还有 ${left} 位没有评价）` : '提交测评票'}</Button>
              </>
            )}
          </>
        )}
      </StateView>
    </Page>
  )
}
