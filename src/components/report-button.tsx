import { Text } from '@tarojs/components'
import { useState } from 'react'
import { REPORT_REASONS, type ReportableKind } from '../core/safety/types'
import { errorMessage } from '../services/api/call'
import { reportContent } from '../services/api/safety'
import { chooseOne, toast } from '../services/platform'

/** 举报: a quiet link under public content; the reason is picked from a short list. */
export function ReportButton({ kind, id }: { kind: ReportableKind; id: string }) {
  const [done, setDone] = useState(false)
  const report = async () => {
    if (done) return
    const reason = await chooseOne(REPORT_REASONS)
    if (!reason) return
    try {
      await reportContent(kind, id, reason)
      setDone(true)
      toast('已收到您的举报，工作人员会尽快核实', 'success')
    } catch (e) {
      toast(errorMessage(e))
    }
  }
  return (
    <Text className={`report-link ${done ? 'report-link--done' : ''}`} onClick={() => void report()}>
      {done ? '已举报' : '举报'}
    </Text>
  )
}
