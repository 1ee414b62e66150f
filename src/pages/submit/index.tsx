import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Consent } from '../../components/consent'
import { MediaPicker } from '../../components/media'
import { PlacePicker } from '../../components/place-picker'
import { SimilarCases } from '../../components/similar-cases'
import { StateView } from '../../components/state-view'
import { useFormSend } from '../../components/use-form-send'
import { useRemote } from '../../components/use-remote'
import { CASE_TEXT_MAX, textLength } from '../../core/limits'
import { wechatPhone } from '../../services/api/auth'
import { errorMessage } from '../../services/api/call'
import { submitCase } from '../../services/api/cases'
import { nav, toast } from '../../services/platform'
import { askForPushes, loadPushTemplates } from '../../services/subscribe'
import { useDraft } from '../../store/use-draft'
import { newCaseDraft, problemOf } from './case-draft'
import { loadTarget, targetOf } from './submit-target'
import { Page } from '../../components/page'
import { VoiceButton } from '../../components/voice-button'
import { Choice } from '../../components/choice'

/**
 * The concern form, for every way in (a deputy's code, a station's code, a reception day, or 我要反映
 * with a place). Everything typed is kept as a draft until the server confirms the case; the
 * draft's submission id makes a retry return the same case instead of a second one.
 */
export default function Submit() {
  const { params } = useRouter()
  const t = targetOf(params)
  const to = t.to
  const [draft, updateDraft, clearDraft] = useDraft(`case:${t.key}`, newCaseDraft)
  // With 我要反映 the place decides where it goes: the preview follows it.
  const placed = t.kind === 'general' ? draft.location : null
  const target = useRemote(() => loadTarget(t, placed), [t.key, placed?.latitude, placed?.longitude])
  const { problem, sending, send: sendForm } = useFormSend(() => problemOf(draft))
  const [uploading, setUploading] = useState(0)
  useEffect(() => void loadPushTemplates(), [])

  const send = () => {
    if (uploading) return
    return sendForm(async () => {
      askForPushes()
      const c = await submitCase({
        submissionId: draft.submissionId,
        ...to,
        category: draft.category,
        text: draft.text.trim(),
        ...(draft.location ? { location: draft.location } : {}),
        ...(draft.media.length ? { media: draft.media.map((m) => m.id) } : {}),
        ...(draft.phone ? { phone: draft.phone, phoneConsent: draft.phoneConsent, smsNotify: !!draft.smsNotify } : {}),
        showPublicly: draft.showPublicly,
      })
      clearDraft()
      const replyBy = c.replyBy ? `&days=${c.replyBy.workingDays}&by=${c.replyBy.date}` : ''
      void nav.redirect(`/pages/success/index?id=${c.id}&number=${encodeURIComponent(c.number)}${c.held ? '&held=1' : ''}${replyBy}`)
    })
  }

  /** The getPhoneNumber button's code, read by the server into the number the person then sees. */
  const fillWechatPhone = async (phoneCode: string | undefined) => {
    if (!phoneCode) return toast('未获取手机号，可以直接填写')
    try {
      const { phone } = await wechatPhone(phoneCode)
      updateDraft({ phone })
    } catch (e) {
      toast(errorMessage(e))
    }
  }

  const place = (
    <PlacePicker
      title={t.kind === 'general' ? '问题发生在哪里' : '位置（选填）'}
      value={draft.location}
      onChange={(location) => updateDraft({ location })}
    />
  )

  return (
    <Page>
      {process.env.TARO_ENV === 'weapp' && <privacy-popup />}
      <StateView loading={target.loading} error={target.error} onRetry={target.reload}>
        {target.data && (
          <>
            {t.kind === 'general' && place}
            <View className='card route'>
              <Text className='muted'>{target.data.lead}</Text>
              <Text className='field-value submit-target'>{target.data.title}</Text>
              {target.data.note && <Text className='muted route-note'>{target.data.note}</Text>}
            </View>
            <View className='card'>
              <Text className='section-title'>问题类别</Text>
              <View className='chips'>
                {target.data.categories.map((c) => (
                  <Choice key={c} on={draft.category === c} onPick={() => updateDraft({ category: c })}>
                    {c}
                  </Choice>
                ))}
              </View>
            </View>
            <SimilarCases
              target={to}
              category={draft.category}
              location={draft.location}
              onFollowed={(id) => {
                clearDraft()
                void nav.redirect(`/pages/case/index?id=${id}`)
              }}
            />
            <View className='card'>
              <Text className='section-title'>问题描述</Text>
              <Textarea
                className='textarea'
                value={draft.text}
                // Nothing typed or pasted is cut: past the limit the counter says so and the whole text stays in the draft.
                maxlength={-1}
                placeholder='请说明发生了什么、在哪里、持续多久了'
                onInput={(e) => updateDraft({ text: e.detail.value })}
              />
              <View className='row row--between'>
                <VoiceButton onText={(said) => updateDraft((d) => ({ text: `${d.text}${said}` }))} />
                <Text className={`counter ${textLength(draft.text) > CASE_TEXT_MAX ? 'counter--over' : ''}`}>{`${textLength(draft.text)}/${CASE_TEXT_MAX}`}</Text>
              </View>
              {textLength(draft.text) > CASE_TEXT_MAX && (
                <Text className='error-text text-over'>{`超出 ${textLength(draft.text) - CASE_TEXT_MAX} 个字，请删减到 ${CASE_TEXT_MAX} 字以内再提交；全文已保存在草稿里，不会丢失`}</Text>
              )}
            </View>
            <View className='card'>
              <Text className='section-title'>照片和视频（选填）</Text>
              <MediaPicker items={draft.media} onChange={(items) => updateDraft({ media: items })} onBusy={setUploading} />
            </View>
            {t.kind !== 'general' && place}
            <View className='card'>
              <Text className='section-title'>联系电话（选填）</Text>
              {process.env.TARO_ENV === 'weapp' && !draft.phone && (
                <Button className='btn btn--ghost btn--small' openType='getPhoneNumber' onGetPhoneNumber={(e) => fillWechatPhone(e.detail.code)}>
                  使用微信绑定的手机号
                </Button>
              )}
              <Input
                className='input phone'
                type='number'
                maxlength={11}
                value={draft.phone}
                placeholder='方便办理人员联系您'
                onInput={(e) => updateDraft({ phone: e.detail.value })}
              />
              <Consent on={draft.phoneConsent} onToggle={() => updateDraft({ phoneConsent: !draft.phoneConsent })}>
                同意将手机号提供给办理人员，仅用于联系我（其他人只看到 138****1234 这样的号码）
              </Consent>
              {!!draft.phone && (
                <Consent on={!!draft.smsNotify} onToggle={() => updateDraft({ smsNotify: !draft.smsNotify })}>
                  微信无法通知我时，用短信告诉我办理进展
                </Consent>
              )}
              <Consent on={draft.showPublicly} onToggle={() => updateDraft({ showPublicly: !draft.showPublicly })}>
                允许展示：其他群众可以看到隐去姓名、电话和门牌后的诉求内容（代表主页、同一问题的邻居）
              </Consent>
              <Text className='link privacy-link' onClick={() => nav.to('/pages/privacy/index')}>
                《码上说事隐私保护指引》
              </Text>
            </View>
            {problem && <Text className='error-text'>{problem}</Text>}
            <Button className='btn btn--primary submit' loading={sending} disabled={sending || uploading > 0} onClick={send}>
              {sending ? '正在提交…' : uploading ? '照片上传中…' : t.kind === 'deputy' || t.kind === 'notice' ? '提交给代表' : '提交'}
            </Button>
            <Text className='hint'>内容会自动保存，网络不好时可稍后再提交</Text>
          </>
        )}
      </StateView>
    </Page>
  )
}
