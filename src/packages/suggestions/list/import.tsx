import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { useBusy } from '../../../components/use-busy'
import { IMPORT_COLUMNS, IMPORT_SHEET, type ImportResult } from '../../../core/suggestions/import'
import { importSuggestions } from '../../../services/api/suggestions'
import { confirmAction, pickWorkbook, toast } from '../../../services/platform'

/** 导入往年纸质办理的建议 (the office): the file is checked first; every problem is listed by row and column; only a clean file is imported, after a confirmation. */
export function ImportPaper({ onDone }: { onDone(): void }) {
  const [busy, run] = useBusy()
  const [result, setResult] = useState<ImportResult | null>(null)
  const pick = () =>
    run(async () => {
      const workbook = await pickWorkbook()
      if (!workbook) return
      const checked = await importSuggestions({ workbook, dryRun: true })
      setResult(checked)
      if (checked.problems.length || !checked.rows) return
      if (!(await confirmAction('导入代表建议', `共 ${checked.rows} 条建议，没有发现问题。确定导入吗？`, '导入'))) return
      const done = await importSuggestions({ workbook })
      setResult(done)
      toast(`已导入 ${done.imported} 条建议`, 'success')
      onDone()
    })
  return (
    <View className='card import-paper'>
      <Text className='section-title'>导入往年纸质办理的建议</Text>
      <Text className='hint'>{`Excel 的“${IMPORT_SHEET}”表，列为：${IMPORT_COLUMNS.join('、')}（带 * 的必填）`}</Text>
      <Button className='btn btn--ghost btn--small pick-import' loading={busy} disabled={busy} onClick={() => void pick()}>选择 Excel 文件</Button>
      {result?.problems.map((p, i) => (
        <Text key={i} className='warning import-problem'>{p.row ? `第 ${p.row} 行 ${p.column}：${p.message}` : p.message}</Text>
      ))}
    </View>
  )
}
