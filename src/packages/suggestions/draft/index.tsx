import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { labelled } from '../../../components/a11y'
import { Button } from '../../../components/button'
import { LoadMore } from '../../../components/load-more'
import { Choice } from '../../../components/choice'
import { Page } from '../../../components/page'
import { StateView } from '../../../components/state-view'
import { useFormSend } from '../../../components/use-form-send'
import { useRemote } from '../../../components/use-remote'
import { usePaged } from '../../../components/use-paged'
import type { CaseSummary } from '../../../core/cases/types'
import type { MediaItem } from '../../../core/media/limits'
import { caseInbox } from '../../../services/api/cases'
import { getStation } from '../../../services/api/stations'
import { draftSuggestion } from '../../../services/api/suggestions'
import { nav, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { useDraft } from '../../../store/use-draft'
import { AttachmentsPicker } from '../attachments'
import { evidenceOf, Groups } from './groups'
import { PastSimilar } from './similar'

interface Draft {
  title: string
  category: string
  situation: string
  proposal: string
  caseIds: string[]
  coDeputyCodes: string
  /** Photos and PDF documents, uploaded as they are added. */
  media: MediaItem[]
  /** Staff: the station's deputy the draft is prepared for. */
  deputyCode?: string
}

const fresh = (): Draft => ({ title: '', category: '', situation: '', proposal: '', caseIds: [], coDeputyCodes: '', media: [] })

function problemOf(d: Draft, staff: boolean): string | null {
  if (staff && !d.deputyCode) return '请选择为哪位代表准备草稿'
  if (!d.caseIds.length) return '请选择这条建议依据的群众诉求'
  if (!d.category) return '请选择类别'
  if (d.title.trim().length < 4) return '请填写建议标题（至少 4 个字）'
  if (d.situation.trim().length < 10) return '请写明案由（至少 10 个字）'
  if (d.proposal.trim().length < 10) return '请写明建议内容（至少 10 个字）'
  return null
}

/**
 * 起草建议: a deputy chooses the cases that show a common problem (their own and their station's),
 * writes the 案由 and what should be done, and names colleagues to invite as 附议. The draft is kept
 * on the phone until it is saved.
 */
export default function DraftSuggestion() {
  const user = useAppStore((s) => s.user)
  const staff = user?.role === 'staff'
  const drafts = staff || user?.role === 'deputy'
  // The cases to build on, found by number, phone or words as in the inbox.
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const cases = usePaged<CaseSummary, { items: CaseSummary[]; cursor?: string }>(drafts ? (cursor) => caseInbox({ filter: 'all', ...(q ? { q } : {}) }, cursor) : null, [user?.id, q])
  const station = useRemote(staff && user?.stationId ? () => getStation({ id: user.stationId! }) : null, [user?.stationId])
  const [draft, update, clear] = useDraft<Draft>(`suggestion:${user?.id ?? ''}`, fresh)
  const [uploading, setUploading] = useState(0)
  const { problem, sending, send } = useFormSend(() => problemOf(draft, staff))
  const categories = [...new Set([...(draft.category ? [draft.category] : []), ...cases.items.map((c) => c.category)])]
  const toggle = (c: CaseSummary) =>
    update((d) => ({ caseIds: d.caseIds.includes(c.id) ? d.caseIds.filter((x) => x !== c.id) : [...d.caseIds, c.id], category: d.category || c.category }))
  const save = () =>
    send(async () => {
      const codes = draft.coDeputyCodes.split(/[,，、\s]+/).map((x) => x.trim().toUpperCase()).filter(Boolean)
      const s = await draftSuggestion({
        title: draft.title.trim(), category: draft.category, situation: draft.situation.trim(), proposal: draft.proposal.trim(), caseIds: draft.caseIds, coDeputyCodes: codes,
        media: (draft.media ?? []).map((m) => m.id),
        ...(staff && draft.deputyCode ? { deputyCode: draft.deputyCode } : {}),
      })
      clear()
      toast('草稿已保存', 'success')
      void nav.redirect(`/packages/suggestions/detail/index?id=${s.id}`)
    })
  if (!drafts) return <Page><View className='state state--error'><Text className='state__text'>只有人大代表或联络站工作人员可以起草建议</Text></View></Page>
  return (
    <Page>
      {staff && (
        <View className='card'>
          <Text className='section-title'>为哪位代表准备（草稿由代表本人修改提交）</Text>
          <View className='chips'>
            {(station.data?.deputiesList ?? []).map((d) => (
              <Choice key={d.code} className='draft-for' on={draft.deputyCode === d.code} onPick={() => update({ deputyCode: d.code })}>{d.name}</Choice>
            ))}
          </View>
        </View>
      )}
      <Groups onPick={(g) => update((d) => ({ caseIds: [...new Set([...d.caseIds, ...g.caseIds])], category: d.category || g.category, situation: d.situation || evidenceOf(g) }))} />
      <View className='card'>
        <Text className='section-title'>{`依据的群众诉求（已选 ${draft.caseIds.length} 件）`}</Text>
        <View className='row case-search'>
          <Input {...labelled('搜索诉求')} className='input case-search__input draft-case-search' value={typed} maxlength={50} confirmType='search' placeholder='诉求编号、手机号或内容中的词'
            onInput={(e) => setTyped(e.detail.value)} onConfirm={() => setQ(typed.trim())} />
          <Button className='btn btn--primary btn--small search-go' onClick={() => setQ(typed.trim())}>搜索</Button>
        </View>
        <StateView loading={cases.first.loading} error={cases.first.error} onRetry={cases.first.reload} empty={!cases.items.length} emptyText={q ? '没有找到符合条件的诉求' : '还没有可以依据的诉求'}>
          <View className='chips'>
            {cases.items.map((c) => (
              <Choice key={c.id} className='suggestion-case' multi on={draft.caseIds.includes(c.id)} onPick={() => toggle(c)}>
                {`${c.category}：${c.text.slice(0, 18)}`}
              </Choice>
            ))}
          </View>
          <LoadMore paged={cases} />
        </StateView>
      </View>
      <View className='card suggestion-form'>
        <Text className='field-label'>类别</Text>
        <View className='chips'>
          {categories.map((c) => (
            <Choice key={c} className='suggestion-category' on={draft.category === c} onPick={() => update({ category: c })}>
              {c}
            </Choice>
          ))}
        </View>
        <Text className='field-label'>建议标题</Text>
        <Input {...labelled('建议标题')} className='input suggestion-title' value={draft.title} maxlength={60} placeholder='关于……的建议' onInput={(e) => update({ title: e.detail.value })} />
        <PastSimilar words={`${draft.title} ${draft.proposal}`} category={draft.category} />
        <Text className='field-label'>案由（情况和数字：多少群众反映、从何时起、在哪里）</Text>
        <View className='textarea'>
          <Textarea {...labelled('案由')} className='suggestion-situation' value={draft.situation} maxlength={3000} onInput={(e) => update({ situation: e.detail.value })} />
        </View>
        <Text className='field-label'>建议内容（应当怎么做）</Text>
        <View className='textarea'>
          <Textarea {...labelled('建议内容')} className='suggestion-proposal' value={draft.proposal} maxlength={3000} onInput={(e) => update({ proposal: e.detail.value })} />
        </View>
        <Text className='field-label'>邀请附议的代表（代表编码，多个用逗号隔开，可不填）</Text>
        <Input {...labelled('附议代表编码')} className='input suggestion-co' value={draft.coDeputyCodes} maxlength={200} placeholder='如 LZ002' onInput={(e) => update({ coDeputyCodes: e.detail.value })} />
        <Text className='field-label'>附件（现场照片、调研报告等 PDF 文件，可不添加）</Text>
        <AttachmentsPicker items={draft.media ?? []} onChange={(media) => update({ media })} onBusy={setUploading} />
        {problem && <Text className='warning'>{problem}</Text>}
        <Button className='btn btn--primary save-suggestion' loading={sending} disabled={sending || uploading > 0} onClick={() => void save()}>
          {uploading > 0 ? '附件上传中…' : '保存草稿'}
        </Button>
      </View>
    </Page>
  )
}
