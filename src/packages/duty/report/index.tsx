import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useEffect, useState } from 'react'
import { Page } from '../../../components/page'
import '../duty.css'
import { StateView } from '../../../components/state-view'
import { useFormSend } from '../../../components/use-form-send'
import { useRemote } from '../../../components/use-remote'
import type { DutyDraft } from '../../../core/accountability/types'
import { shanghaiDay } from '../../../core/time'
import { draftDutyReport, publishDutyReport } from '../../../services/api/duty'
import { confirmAction, toast } from '../../../services/platform'
import { percentText } from '../../../core/percent'
import { labelled } from '../../../components/a11y'
import { Choice } from '../../../components/choice'

function Figures({ d }: { d: DutyDraft }) {
  const f = d.figures
  const cells: [string, string | number][] = [
    ['收到诉求', f.received], ['当场答复', f.answered], ['派单办理', f.dispatched], ['已办结', f.resolved],
    ['满意率', percentText(f.satisfactionRate, '暂无')], ['意见建议', f.suggestions], ['履职积分', f.points], ['等次', f.band],
  ]
  return (
    <View className='figure-grid duty-figures'>
      {cells.map(([label, value]) => (
        <View key={label} className='figure-cell'>
          <Text className='figure'>{value}</Text>
          <Text className='muted'>{label}</Text>
        </View>
      ))}
    </View>
  )
}

/** The deputy's 述职 of a year: drafted from the record with its figures, edited, then published for the voters to rate. */
export default function MyDutyReport() {
  const thisYear = Number(shanghaiDay(new Date()).slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const draft = useRemote(() => draftDutyReport({ year }), [year])
  const [text, setText] = useState('')
  const loaded = draft.data?.text ?? ''
  useEffect(() => setText(loaded), [loaded])
  const { problem, sending, send } = useFormSend(() => (text.trim().length < 20 ? '述职报告至少 20 个字' : null), ['VALIDATION', 'CONFLICT'])
  const d = draft.data
  const save = () =>
    send(async () => {
      draft.replace(await draftDutyReport({ year, text: text.trim(), version: d!.version }))
      toast('已保存', 'success')
    })
  const publish = () =>
    send(async () => {
      if (!(await confirmAction('发布述职', '发布后群众可以查看和评议，不能再修改。确定发布吗？', '发布'))) return
      await publishDutyReport({ id: d!.id, text: text.trim(), version: d!.version })
      await draft.reload()
      toast('已发布', 'success')
    })
  return (
    <Page>
      <View className='chips'>
        {[thisYear, thisYear - 1].map((y) => (
          <Choice key={y} className='report-year' on={y === year} onPick={() => setYear(y)}>
            {y}年度
          </Choice>
        ))}
      </View>
      <StateView loading={draft.loading} error={draft.error} onRetry={draft.reload}>
        {d && (
          <View className='card'>
            <Text className='section-title'>{`${d.year}年度述职报告${d.status === 'published' ? '（已发布）' : '（草稿）'}`}</Text>
            <Figures d={d} />
            <Text className='hint'>以上数字来自系统中的诉求和经核实的履职记录，每次打开自动更新</Text>
            {d.status === 'published' ? (
              <Text className='duty-text'>{d.text}</Text>
            ) : (
              <>
                <View className='textarea'>
                  <Textarea {...labelled('述职报告')} className='duty-report-text' value={text} maxlength={5000} autoHeight onInput={(e) => setText(e.detail.value)} />
                </View>
                {problem && <Text className='error-text'>{problem}</Text>}
                <View className='row row--between'>
                  <Button className='btn btn--ghost save-report' disabled={sending} onClick={save}>
                    保存草稿
                  </Button>
                  <Button className='btn btn--primary publish-report' loading={sending} disabled={sending} onClick={publish}>
                    发布述职
                  </Button>
                </View>
              </>
            )}
          </View>
        )}
      </StateView>
    </Page>
  )
}
