import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { StateView } from '../../../components/state-view'
import { useBusy } from '../../../components/use-busy'
import { useParams } from '../../../components/use-params'
import { useRemote } from '../../../components/use-remote'
import { KEY_COLUMN, SHEET_NAMES, SHEETS, type GeoPolygon, type RecordView, type SheetName } from '../../../core/admin/workbook'
import { listRecords, removeRecord, reopenStation, saveRecord } from '../../../services/api/admin'
import { chooseMapPlace, confirmAction, setPageTitle, stopPullDownRefresh, toast } from '../../../services/platform'
import { Page } from '../../../components/page'

/** What each column takes, where a hint helps. */
const HINTS: Record<string, string> = {
  类型: '代表之家、联络站、联络点或微站', 层级: '全国、省、市、县区、乡镇，几级用“、”隔开', 状态: '在任或离任', 手机: '11 位；不填则保持原样', 日期: 'YYYY-MM-DD',
  派单部门编码: '派单目录：这类诉求建议派给的部门，可不填',
}
const SHOWN = 200

interface Editing { row: Record<string, string>; version?: number; area: string; active?: boolean }
const blank = (sheet: SheetName): Editing => ({ row: Object.fromEntries(SHEETS[sheet].map((h) => [h, h === '状态' ? '在任' : h === '类型' && sheet === '节假日' ? '休' : ''])), area: '' })
const editingOf = (r: RecordView): Editing => ({ row: { ...r.row }, version: r.version, area: r.serviceArea ? JSON.stringify(r.serviceArea) : '', active: r.active })

/** 站点、代表、部门、类别、节假日: one sheet's records, searched, each edited at its version, removed (or a station retired). */
export default function Records() {
  const params = useParams()
  const sheet = (SHEET_NAMES as string[]).includes(params.sheet ?? '') ? (params.sheet as SheetName) : '站点'
  const list = useRemote(() => listRecords(sheet), [sheet])
  usePullDownRefresh(() => void list.reload().finally(stopPullDownRefresh))
  useEffect(() => setPageTitle(`本区数据：${sheet}`), [sheet])
  const [q, setQ] = useState('')
  const [editing, setEditing] = useState<Editing | null>(null)
  const [busy, run] = useBusy()
  const found = useMemo(() => (list.data?.items ?? []).filter((r) => !q || Object.values(r.row).some((v) => v.includes(q.trim()))), [list.data, q])
  const keyColumn = KEY_COLUMN[sheet]

  const set = (h: string, v: string) => setEditing((e) => e && { ...e, row: { ...e.row, [h]: v } })
  const pickPlace = async () => {
    const p = await chooseMapPlace()
    if (!p) return toast('未选定位置')
    setEditing((e) => e && { ...e, row: { ...e.row, 纬度: p.latitude.toFixed(6), 经度: p.longitude.toFixed(6) } })
  }
  const save = () =>
    run(async () => {
      const e = editing!
      let serviceArea: GeoPolygon | null | undefined
      if (sheet === '站点') {
        try {
          serviceArea = e.area.trim() ? (JSON.parse(e.area) as GeoPolygon) : null
        } catch {
          toast('服务范围不是有效的 GeoJSON')
          return
        }
      }
      const saved = await saveRecord({ sheet, row: e.row, ...(e.version ? { version: e.version } : {}), ...(serviceArea !== undefined ? { serviceArea } : {}) })
      setEditing(editingOf(saved))
      toast('已保存', 'success')
      void list.reload()
    })
  const remove = () =>
    run(async () => {
      const e = editing!
      const what = `${keyColumn} ${e.row[keyColumn]}`
      if (!(await confirmAction(`删除${what}？`, sheet === '站点' ? '站点还有诉求或代表时不会删除，而是停用。' : '删除后不能恢复。', '删除'))) return
      const r = await removeRecord(sheet, e.row[keyColumn], e.version!)
      if (r.removed) {
        toast('已删除', 'success')
        setEditing(null)
      } else {
        await confirmAction('已停用', r.message, '知道了')
        setEditing({ ...e, active: false, version: e.version! + 1 })
      }
      void list.reload()
    })
  const reopen = () =>
    run(async () => {
      setEditing(editingOf(await reopenStation(editing!.row[keyColumn], editing!.version!)))
      toast('已重新开放', 'success')
      void list.reload()
    })

  if (editing) {
    return (
      <Page width='narrow' title={`本区数据：${sheet}`}>
        <View className='card record-form'>
          <Text className='section-title'>{editing.version ? `修改${sheet}：${editing.row[keyColumn]}` : `新增${sheet}`}</Text>
          {editing.active === false && <Text className='warning'>这个站点已停用：不在站点列表和就近分派中。</Text>}
          {SHEETS[sheet].map((h) => (
            <View key={h}>
              <Text className='field-label'>{HINTS[h] ? `${h}（${HINTS[h]}）` : h}</Text>
              <Input
                className={`input record-field record-${h}`}
                value={editing.row[h]}
                disabled={h === keyColumn && !!editing.version}
                maxlength={h === '地址' || h === '职务' ? 120 : 60}
                onInput={(ev) => set(h, ev.detail.value)}
              />
            </View>
          ))}
          {sheet === '站点' && (
            <>
              {process.env.TARO_ENV === 'weapp' && (
                <Button className='btn btn--ghost btn--small' onClick={() => void pickPlace()}>
                  在地图上选点
                </Button>
              )}
              <Text className='field-label'>服务范围（GeoJSON Polygon，可不填）</Text>
              <Textarea className='textarea textarea--short record-area' value={editing.area} maxlength={200000} onInput={(ev) => setEditing({ ...editing, area: ev.detail.value })} />
            </>
          )}
          <Button className='btn btn--primary save-record' loading={busy} disabled={busy} onClick={() => void save()}>
            保存
          </Button>
          {editing.version && editing.active !== false && (
            <Button className='btn btn--ghost remove-record' disabled={busy} onClick={() => void remove()}>
              {sheet === '站点' ? '删除或停用' : '删除'}
            </Button>
          )}
          {editing.active === false && (
            <Button className='btn btn--ghost reopen-station' disabled={busy} onClick={() => void reopen()}>
              重新开放
            </Button>
          )}
          <Button className='btn btn--ghost' disabled={busy} onClick={() => setEditing(null)}>
            返回列表
          </Button>
        </View>
      </Page>
    )
  }
  return (
    <Page width='wide' title={`本区数据：${sheet}`}>
      <View className='card row row--wrap'>
        <Input className='input record-search' value={q} placeholder='搜索编码、名称、街道…' onInput={(e) => setQ(e.detail.value)} />
        <Button className='btn btn--primary btn--small new-record' onClick={() => setEditing(blank(sheet))}>
          新增{sheet}
        </Button>
      </View>
      <StateView loading={list.loading} error={list.error} onRetry={list.reload} empty={found.length === 0} emptyText={q ? '没有找到' : `还没有${sheet}，可以新增或从 Excel 导入`}>
        <View className='card'>
          <Text className='muted'>{found.length > SHOWN ? `共 ${found.length} 条，显示前 ${SHOWN} 条，请搜索缩小范围` : `共 ${found.length} 条`}</Text>
          {found.slice(0, SHOWN).map((r) => (
            <View key={r.key} className='list-item row row--between record-item' onClick={() => setEditing(editingOf(r))}>
              <Text className='field-value'>{`${r.key} · ${r.row[SHEETS[sheet][1]]}`}</Text>
              {r.active === false && <Text className='tag tag--closed'>停用</Text>}
              {r.row.状态 === '离任' && <Text className='tag tag--closed'>离任</Text>}
            </View>
          ))}
        </View>
      </StateView>
    </Page>
  )
}
