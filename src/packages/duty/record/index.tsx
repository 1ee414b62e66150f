import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useState } from 'react'
import { MediaPicker } from '../../../components/media'
import { Page } from '../../../components/page'
import { useFormSend } from '../../../components/use-form-send'
import { useRemote } from '../../../components/use-remote'
import { ACTIVITY_KINDS, type ActivityKind } from '../../../core/accountability/kinds'
import type { MediaItem } from '../../../core/media/limits'
import { shanghaiDay } from '../../../core/time'
import { recordActivity } from '../../../services/api/duty'
import { getStation } from '../../../services/api/stations'
import { newSubmissionId } from '../../../services/ids'
import { nav, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { useDraft } from '../../../store/use-draft'
import { labelled } from '../../../components/a11y'
import { Choice } from '../../../components/choice'
import { SuggestionLink } from './suggestion-link'

interface Draft {
  kind: ActivityKind | ''
  date: string
  title: string
  text: string
  place: string
  media: MediaItem[]
  internal: boolean
  /** Staff: the deputies it is recorded for. A deputy: others who took part. */
  codes: string[]
  submissionId: string
  /** The 代表建议 an 意见建议 was about. */
  suggestionId?: string
}

function problemOf(d: Draft, staff: boolean): string | null {
  if (!d.kind) return '请选择活动类别'
  if (d.title.trim().length < 2) return '请填写活动名称（至少 2 个字）'
  if (staff && !d.codes.length) return '请选择参加活动的代表'
  return null
}

/**
 * A deputy records what they did (or their station's staff record it for them), with photos; the
 * station verifies it before it counts. The office records an activity of deputies of many
 * stations (a district-wide 视察) once, naming them by code, and verifies it itself.
 */
export default function RecordActivity() {
  const user = useAppStore((s) => s.user)
  const office = user?.role === 'office'
  const staff = user?.role === 'staff' || office
  const station = useRemote(user?.stationId ? () => getStation({ id: user.stationId! }) : null, [user?.stationId])
  const fresh = (): Draft => ({ kind: '', date: shanghaiDay(new Date()), title: '', text: '', place: '', media: [], internal: false, codes: [], submissionId: newSubmissionId() })
  const [draft, update, clear] = useDraft<Draft>(`activity:${user?.id ?? ''}`, fresh)
  const [uploading, setUploading] = useState(0)
  const { problem, sending, send } = useFormSend(() => (uploading ? '照片还在上传，请稍候' : problemOf(draft, staff)))
  const toggle = (code: string) => update((d) => ({ codes: d.codes.includes(code) ? d.codes.filter((c) => c !== code) : [...d.codes, code] }))

  const submit = () =>
    send(async () => {
      await recordActivity({
        kind: draft.kind as ActivityKind,
        date: draft.date,
        title: draft.title.trim(),
        text: draft.text.trim(),
        ...(draft.place.trim() ? { place: draft.place.trim() } : {}),
        media: draft.media.map((m) => m.id),
        deputyCodes: draft.codes,
        internal: draft.internal,
        submissionId: draft.submissionId,
        ...(draft.kind === '意见建议' && draft.suggestionId ? { suggestionId: draft.suggestionId } : {}),
      })
      clear()
      toast('已提交，等待联络站核实', 'success')
      void nav.back()
    })

  const others = (station.data?.deputiesList ?? []).filter((d) => d.id !== user?.deputyId)
  return (
    <Page>
      <View className='card activity-form'>
        <Text className='field-label'>活动类别</Text>
        <View className='chips'>
          {ACTIVITY_KINDS.map((k) => (
            <Choice key={k} className='activity-kind' on={draft.kind === k} onPick={() => update({ kind: k })}>
              {k}
            </Choice>
          ))}
        </View>
        {draft.kind === '意见建议' && user?.role === 'deputy' && <SuggestionLink value={draft.suggestionId ?? ''} onChange={(id) => update({ suggestionId: id })} />}
        <Text className='field-label'>活动日期</Text>
        <Picker mode='date' value={draft.date} end={shanghaiDay(new Date())} onChange={(e) => update({ date: e.detail.value })}>
          <Text className='input activity-date'>{draft.date}</Text>
        </Picker>
        <Text className='field-label'>活动名称</Text>
        <Input className='input activity-title' value={draft.title} maxlength={50} placeholder='例如：视察老旧小区加装电梯' onInput={(e) => update({ title: e.detail.value })} />
        <Text className='field-label'>活动内容（选填）</Text>
        <View className='textarea textarea--short'>
          <Textarea className='activity-text' value={draft.text} maxlength={2000} placeholder='做了什么，发现了什么问题，提出了什么建议' onInput={(e) => update({ text: e.detail.value })} />
        </View>
        <Text className='field-label'>地点（选填）</Text>
        <Input {...labelled('地点（选填）')} className='input activity-place' value={draft.place} maxlength={100} onInput={(e) => update({ place: e.detail.value })} />
        <Text className='field-label'>照片和视频</Text>
        <MediaPicker items={draft.media} onChange={(media) => update({ media })} onBusy={setUploading} />
        {office && (
          <>
            <Text className='field-label'>参加活动的代表编码（可跨联络站，用空格或逗号分开）</Text>
            <Input
              className='input activity-codes'
              value={draft.codes.join(' ')}
              maxlength={400}
              placeholder='例如：LZ001 LZ017 LZ023'
              onInput={(e) => update({ codes: e.detail.value.split(/[\s,，、]+/).filter(Boolean) })}
            />
          </>
        )}
        {others.length > 0 && (
          <>
            <Text className='field-label'>{staff ? '参加活动的代表' : '一同参加的代表（选填）'}</Text>
            <View className='chips'>
              {others.map((d) => (
                <Choice key={d.code} className='activity-deputy' on={draft.codes.includes(d.code)} multi onPick={() => toggle(d.code)}>
                  {d.name}
                </Choice>
              ))}
            </View>
          </>
        )}
        <View className='row row--between'>
          <Text className='field-label'>内部活动（不在代表主页公开）</Text>
          <Switch {...labelled('内部活动（不在代表主页公开）')} className='activity-internal' checked={draft.internal} onChange={(e) => update({ internal: e.detail.value })} />
        </View>
        {problem && <Text className='error-text'>{problem}</Text>}
        <Button className='btn btn--primary save-activity' loading={sending} disabled={sending} onClick={submit}>
          提交核实
        </Button>
        <Text className='hint'>{office ? '由人大办另一位工作人员核实后，这条记录进入各位代表的履职档案并计入积分' : '联络站工作人员核实后，这条记录进入履职档案并计入积分'}</Text>
      </View>
    </Page>
  )
}
