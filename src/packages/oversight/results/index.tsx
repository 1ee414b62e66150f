import { Input, Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { Page } from '../../../components/page'
import { QrCard } from '../../../components/qr-card'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import type { BallotResults, BallotView } from '../../../core/oversight/types'
import { percentText } from '../../../core/percent'
import { ballotOf, ballotQr, ballotResults, closeBallot, enterPaper } from '../../../services/api/oversight'
import { confirmAction, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import '../oversight.css'

const RESULT_HEAD = ['姓名', '职务', '满意', '基本满意', '不满意', '满意率', '测评结果']

/** The room's screen once it closed: each official's counts (online and paper), the rate and the outcome; whether enough members voted. */
function Results({ r }: { r: BallotResults }) {
  return (
    <View className='card ballot-results-table'>
      <Text className='section-title'>{r.title}</Text>
      <Text className={r.quorum ? 'muted' : 'warning'}>{`应到 ${r.entitled} 人，网上投票 ${r.voted} 人，纸质票 ${r.paper} 张${r.quorum ? '' : '，未达到三分之二，测评无效'}`}</Text>
      {r.withheld && <Text className='warning'>{`结果不公布：${r.withheld}`}</Text>}
      <View className='row result-row result-head'>{RESULT_HEAD.map((h) => <Text key={h} className='result-cell'>{h}</Text>)}</View>
      {r.rows.map((row) => (
        <View key={row.official.id} className='row result-row'>
          {[row.official.name, row.official.post, row.满意, row.基本满意, row.不满意, percentText(row.rate), row.outcome ?? '—'].map((v, i) => (
            <Text key={i} className='result-cell'>{String(v)}</Text>
          ))}
        </View>
      ))}
    </View>
  )
}

/** The office while it is open: the code for the room, the paper ballots counted by hand, and closing it. */
function Running({ b, onClosed }: { b: BallotView; onClosed(r: BallotResults): void }) {
  const [paper, setPaper] = useState<Record<string, [string, string, string]>>({})
  const [busy, run] = useBusy()
  const enter = (officialId: string) =>
    run(async () => {
      const [a, c, d] = (paper[officialId] ?? ['0', '0', '0']).map((x) => Number(x || 0))
      await enterPaper({ ballotId: b.id, officialId, 满意: a, 基本满意: c, 不满意: d })
      toast('纸质票已录入，再次录入会替换这一次', 'success')
    })
  const close = () =>
    run(async () => {
      if (await confirmAction('结束测评', '结束后不能再投票，结果随即公布。', '结束')) onClosed(await closeBallot({ ballotId: b.id }))
    })
  return (
    <>
      <QrCard load={() => ballotQr(b.id)} label='显示测评二维码' caption={`常委会组成人员扫码参加《${b.title}》（编码 ${b.code}）`} />
      <View className='card'>
        <Text className='section-title'>纸质测评票</Text>
        {b.officials.map((o) => (
          <View key={o.id} className='row row--wrap paper-entry'>
            <Text className='field-value'>{o.name}</Text>
            {['满意', '基本满意', '不满意'].map((label, i) => (
              <Input key={label} {...labelled(`${o.name}${label}票数`)} className='input input--short paper-count' type='number' placeholder={label}
                value={paper[o.id]?.[i] ?? ''} onInput={(e) => setPaper((p) => ({ ...p, [o.id]: Object.assign([...(p[o.id] ?? ['', '', ''])], { [i]: e.detail.value }) as [string, string, string] }))} />
            ))}
            <Button className='btn btn--ghost btn--small enter-paper' disabled={busy} onClick={() => void enter(o.id)}>录入</Button>
          </View>
        ))}
      </View>
      <Button className='btn btn--primary close-ballot' disabled={busy} onClick={() => void close()}>结束测评并公布结果</Button>
    </>
  )
}

/** 测评结果: for the office (and, once it closed, the members it names), at a desk or on the room's screen. */
export default function BallotResultsPage() {
  const { id = '' } = useParams()
  const office = useAppStore((s) => s.user?.role === 'office')
  const b = useRemote(id ? () => ballotOf({ ballotId: id }) : null, [id])
  const results = useRemote(b.data?.closed ? () => ballotResults(id) : null, [id, b.data?.closed])
  usePullDownRefresh(() => void b.reload().finally(stopPullDownRefresh))
  return (
    <Page width='wide'>
      <StateView loading={b.loading} error={b.error} onRetry={b.reload}>
        {b.data && !b.data.closed && office && <Running b={b.data} onClosed={(r) => (results.replace(r), void b.reload())} />}
        {b.data && !b.data.closed && !office && <Text className='muted'>测评结束后公布结果</Text>}
        {results.data && <Results r={results.data} />}
        {results.error && <Text className='warning'>{results.error}</Text>}
      </StateView>
    </Page>
  )
}
