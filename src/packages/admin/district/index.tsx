import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useState } from 'react'
import { useBusy } from '../../../components/use-busy'
import { SHEET_NAMES, type ImportCounts, type WorkbookError, type WorkbookNotice } from '../../../core/admin/workbook'
import { exportDistrict, importDistrict, workbookTemplate } from '../../../services/api/admin'
import { keepWorkbook, pickWorkbook, toast } from '../../../services/platform'
import { Page } from '../../../components/page'

type Checked = { workbook: string; errors: WorkbookError[]; notices: WorkbookNotice[]; counts: ImportCounts; done: boolean }

/** A notice as the admin reads it: what was changed, how many times, and the first examples. */
const noticeLine = (n: WorkbookNotice) =>
  n.kind === '表头位置'
    ? `${n.sheet}：表头在第 ${n.examples[0]?.row} 行，上面的行当作标题跳过`
    : `${n.sheet}：${n.kind} ${n.count} 处已按规范改写，如 ${n.examples.map((x) => `第 ${x.row} 行 ${x.column}“${x.from}”→“${x.to}”`).join('；')}`

/** 本区数据: the admin loads the district's stations, deputies, departments, categories and holidays from Excel, checked first, and exports them. */
export default function DistrictData() {
  const [busy, run] = useBusy()
  const [checked, setChecked] = useState<Checked | null>(null)
  const check = () =>
    run(async () => {
      const workbook = await pickWorkbook()
      if (!workbook) return
      setChecked({ workbook, ...(await importDistrict(workbook, true)), done: false })
    })
  const commit = () =>
    run(async () => {
      const r = await importDistrict(checked!.workbook, false)
      setChecked({ ...checked!, ...r, done: r.errors.length === 0 })
      if (!r.errors.length) toast('已导入', 'success')
    })

  return (
    <Page width='wide'>
      <View className='card'>
        <Text className='section-title'>从 Excel 导入</Text>
        <Text className='hint'>先下载模板，按表头填写站点、代表、部门、类别和节假日（只认 .xlsx；编码、电话列请设为文本）；按编码匹配，重复导入不会重复创建。导入前会先检查，有任何错误都不会写入；全角数字、电话里的空格和横线、2027年1月1日 这样的日期会自动改成规范写法并列出来。</Text>
        <View className='row row--wrap'>
          <Button className='btn btn--ghost btn--small download-template' disabled={busy} onClick={() => void run(async () => keepWorkbook('本区数据模板.xlsx', (await workbookTemplate()).workbook))}>
            下载模板
          </Button>
          <Button className='btn btn--ghost btn--small export-district' disabled={busy} onClick={() => void run(async () => keepWorkbook('本区数据.xlsx', (await exportDistrict()).workbook))}>
            导出本区数据
          </Button>
          <Button className='btn btn--primary btn--small pick-workbook' loading={busy} disabled={busy} onClick={() => void check()}>
            选择 Excel 文件
          </Button>
        </View>
      </View>
      {checked && (
        <View className='card import-result'>
          <Text className='section-title'>{checked.done ? '导入完成' : checked.errors.length ? `发现 ${checked.errors.length} 处问题，未导入` : '检查通过，确认后导入'}</Text>
          {SHEET_NAMES.map((s) => (
            <Text key={s} className='field-value import-count'>{`${s}：新增 ${checked.counts[s].created}，更新 ${checked.counts[s].updated}，不变 ${checked.counts[s].unchanged}`}</Text>
          ))}
          {checked.errors.slice(0, 200).map((e, i) => (
            <Text key={i} className='warning import-error'>{e.row ? `${e.sheet} 第 ${e.row} 行 ${e.column}：${e.message}` : `${e.sheet}：${e.message}`}</Text>
          ))}
          {checked.notices.map((n) => (
            <Text key={`${n.sheet}${n.kind}`} className='hint import-notice'>{noticeLine(n)}</Text>
          ))}
          {!checked.done && !checked.errors.length && (
            <Button className='btn btn--primary confirm-import' loading={busy} disabled={busy} onClick={() => void commit()}>
              确认导入
            </Button>
          )}
        </View>
      )}
    </Page>
  )
}
