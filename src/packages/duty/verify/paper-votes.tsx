import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useState } from 'react'
import { useBusy } from '../../../components/use-busy'
import type { DutyReportView, PaperEntry } from '../../../core/accountability/types'
import { RATINGS, type Rating } from '../../../core/cases/ratings'
import { formatShanghai } from '../../../core/time'
import { paperVotes } from '../../../services/api/duty'
import { toast } from '../../../services/platform'

const NONE: Record<Rating, string> = { 满意: '', 基本满意: '', 不满意: '' }
const counts = (e: PaperEntry) => RATINGS.map((r) => `${r} ${e[r]}`).join('，')

/**
 * The paper votes of one deputy's face-to-face 述职: each session's ballots entered as an entry,
 * listed with who entered it and when; a mistake is corrected by a new entry, never overwritten.
 */
export function PaperVotes({ report, onSaved }: { report: DutyReportView; onSaved(r: DutyReportView): void }) {
  const [votes, setVotes] = useState<Record<Rating, string>>(NONE)
  const [correcting, setCorrecting] = useState<PaperEntry | null>(null)
  const [busy, run] = useBusy()
  const save = () =>
    run(async () => {
      if (RATINGS.some((r) => !/^\d+$/.test(votes[r]))) return void toast('票数应为 0 或正整数')
      const counted = { 满意: Number(votes.满意), 基本满意: Number(votes.基本满意), 不满意: Number(votes.不满意) }
      onSaved(await paperVotes({ id: report.id, ...counted, ...(correcting ? { corrects: correcting.id } : {}) }))
      setVotes(NONE)
      setCorrecting(null)
      toast(correcting ? '已更正' : '已录入', 'success')
    })
  const correct = (e: PaperEntry) => {
    setCorrecting(e)
    setVotes({ 满意: String(e.满意), 基本满意: String(e.基本满意), 不满意: String(e.不满意) })
  }
  return (
    <View className='list-item paper-votes'>
      <Text className='field-value'>{`${report.deputy.name} · ${report.year}年度 · 评议结果：${report.verdict}`}</Text>
      <Text className='muted'>{`纸质票合计：满意 ${report.paper.满意}，基本满意 ${report.paper.基本满意}，不满意 ${report.paper.不满意}`}</Text>
      {(report.paperEntries ?? []).map((e) => (
        <View key={e.id} className={`paper-entry ${e.correctedBy ? 'paper-entry--corrected' : ''}`}>
          <Text className='muted'>{`${formatShanghai(e.at)} · ${e.by}${e.corrects ? '（更正）' : ''}：${counts(e)}${e.correctedBy ? ' · 已被更正，不计入' : ''}`}</Text>
          {!e.correctedBy && (
            <Button className='btn btn--ghost btn--small correct-paper' disabled={busy} onClick={() => correct(e)}>
              更正
            </Button>
          )}
        </View>
      ))}
      <Text className='muted'>{correcting ? `更正 ${formatShanghai(correcting.at)} 的录入：填写正确的票数` : '录入一场现场述职的纸质票'}</Text>
      <View className='row row--between'>
        {RATINGS.map((r) => (
          <View key={r} className='paper-vote'>
            <Text className='muted'>{r}</Text>
            <Input className='input' type='number' value={votes[r]} placeholder='0' onInput={(e) => setVotes((v) => ({ ...v, [r]: e.detail.value }))} />
          </View>
        ))}
      </View>
      <View className='row'>
        <Button className='btn btn--ghost btn--small save-paper' loading={busy} disabled={busy} onClick={() => void save()}>
          {correcting ? '保存更正' : '录入纸质票'}
        </Button>
        {correcting && (
          <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => (setCorrecting(null), setVotes(NONE))}>
            取消更正
          </Button>
        )}
      </View>
    </View>
  )
}
