import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { StateView } from '../../../components/state-view'
import { useFormSend } from '../../../components/use-form-send'
import { useRemote } from '../../../components/use-remote'
import { CASE_PAGE } from '../../../core/cases/pages'
import { CASE_TEXT_MAX, CASE_TEXT_MIN, MOBILE_PATTERN, PERSON_NAME_MAX, textLength } from '../../../core/limits'
import { recordForPerson, routeCase } from '../../../services/api/cases'
import { getStation } from '../../../services/api/stations'
import { newSubmissionId } from '../../../services/ids'
import { nav, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { useDraft } from '../../../store/use-draft'
import { Page } from '../../../components/page'
import { labelled } from '../../../components/a11y'
import { Choice } from '../../../components/choice'

interface Draft {
  channel: 'phone' | 'walkin'
  name: string
  phone: string
  category: string
  text: string
  smsNotify: boolean
  /** Kept with the draft, so a retry after a dropped connection files the same case once. */
  submissionId: string
}

const CHANNELS = [
  { value: 'phone', label: '来电' },
  { value: 'walkin', label: '来访' },
] as const

function problemOf(d: Draft): string | null {
  if (!d.name.trim()) return '请填写反映人姓名'
  if (!MOBILE_PATTERN.test(d.phone)) return '请填写反映人的 11 位手机号码，短信会发到这个号码'
  if (!d.category) return '请选择问题类别'
  if (textLength(d.text.trim()) < CASE_TEXT_MIN) return `请把问题写清楚（至少 ${CASE_TEXT_MIN} 个字）`
  return null
}

/**
 * 代为登记: staff take down a phone call or a walk-in for a person without WeChat or a smartphone.
 * The person gets a text with the case number and a link; with a code sent to the same phone they
 * can claim the case in the mini-program later, to follow and rate it.
 */
export default function RecordCall() {
  const stationId = useAppStore((s) => s.user?.stationId) ?? ''
  const categories = useRemote(async () => {
    const station = await getStation({ id: stationId })
    return (await routeCase({ stationCode: station.code })).categories
  }, [stationId])
  const fresh = (): Draft => ({ channel: 'phone', name: '', phone: '', category: '', text: '', smsNotify: true, submissionId: newSubmissionId() })
  const [draft, update, clear] = useDraft<Draft>('record-call', fresh)
  const { problem, sending, send: sendForm } = useFormSend(() => problemOf(draft))

  const send = () =>
    sendForm(async () => {
      const filed = await recordForPerson({ ...draft, name: draft.name.trim(), text: draft.text.trim() })
      clear()
      toast(`已登记 ${filed.number}，短信已发给反映人`, 'success')
      nav.redirect(`${CASE_PAGE.staff}?id=${filed.id}`)
    })

  return (
    <Page>
      <View className='card record-call'>
        <Text className='hint'>为没有微信或不会用手机的群众登记。登记后，反映人会收到一条带诉求编号的短信，以后可以凭这个手机号在小程序里认领、查看进度和评价。</Text>
        <Text className='field-label'>来源</Text>
        <View className='chips'>
          {CHANNELS.map((c) => (
            <Choice key={c.value} className='call-channel' on={draft.channel === c.value} onPick={() => update({ channel: c.value })}>
              {c.label}
            </Choice>
          ))}
        </View>
        <Text className='field-label'>反映人姓名</Text>
        <Input className='input person-name' value={draft.name} maxlength={PERSON_NAME_MAX} placeholder='例如：李大爷' onInput={(e) => update({ name: e.detail.value })} />
        <Text className='field-label'>反映人手机号</Text>
        <Input className='input person-phone' type='number' value={draft.phone} maxlength={11} placeholder='11 位手机号码' onInput={(e) => update({ phone: e.detail.value })} />
        <View className='row row--between'>
          <Text>本人同意用短信接收办理进展</Text>
          <Switch {...labelled('本人同意用短信接收办理进展')} className='sms-notify' checked={draft.smsNotify} onChange={(e) => update({ smsNotify: e.detail.value })} />
        </View>
        <Text className='field-label'>问题类别</Text>
        <StateView loading={categories.loading} error={categories.error} onRetry={categories.reload}>
          <View className='chips'>
            {(categories.data ?? []).map((c) => (
              <Choice key={c} className='call-category' on={draft.category === c} onPick={() => update({ category: c })}>
                {c}
              </Choice>
            ))}
          </View>
        </StateView>
        <Text className='field-label'>反映的问题</Text>
        <View className='textarea'>
          <Textarea className='call-text' value={draft.text} maxlength={CASE_TEXT_MAX} placeholder='记下群众说的问题：在哪里、什么情况、持续多久' onInput={(e) => update({ text: e.detail.value })} />
        </View>
        {problem && <Text className='error-text'>{problem}</Text>}
        <Button className='btn btn--primary save-call' loading={sending} disabled={sending} onClick={() => void send()}>
          登记并发送短信
        </Button>
      </View>
    </Page>
  )
}
