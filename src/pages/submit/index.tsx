import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Consent } from '../../components/consent'
import { MediaPicker } from '../../components/media'
import { SimilarCases } from '../../components/similar-cases'
import { StateView } from '../../components/state-view'
import { useRemote } from '../../components/use-remote'
import { CASE_TEXT_MAX, textLength } from '../../core/limits'
import { wechatPhone } from '../../services/api/auth'
import { ApiError, errorMessage } from '../../services/api/call'
import { submitCase } from '../../services/api/cases'
import { getDeputy } from '../../services/api/deputies'
import { getNotice } from '../../services/api/notices'
import { nav, pickLocation, toast } from '../../services/platform'
import { askForPushes, loadPushTemplates } from '../../services/subscribe'
import { useDraft } from '../../store/use-draft'
import { newCaseDraft, problemOf } from './case-draft'

/** Whom the concern goes to: a deputy (by their code), or a reception day (a question sent in before it). */
interface Target {
  title: string
  categories: string[]
}

/**
 * The concern form. Everything typed is kept as a draft until the server confirms the case;
 * the draft's submission id makes a retry return the same case instead of a second one.
 */
export default function Submit() {
  const { params } = useRouter()
  const noticeId = params.notice ?? ''
  const code = noticeId ? `notice:${noticeId}` : (params.code ?? '')
  const to = noticeId ? { noticeId } : { deputyCode: code }
  const target = useRemote<Target>(
    noticeId
      ? () =>
          getNotice(noticeId).then((n) => ({
            title: `${n.stationName}接待日：${n.theme}`,
            categories: n.categories,
          }))
      : () =>
          getDeputy(code).then((d) => {
            if (d.retired) throw new ApiError('CONFLICT', `${d.name}代表已离任，请向${d.station.name}反映问题`)
            return { title: `${d.name}（${d.station.name}）`, categories: d.categories }
          }),
    [code],
  )
  const [draft, updateDraft, clearDraft] = useDraft(`case:${code}`, newCaseDraft)
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [uploading, setUploading] = useState(0)
  useEffect(() => void loadPushTemplates(), [])

  const send = async () => {
    const p = problemOf(draft)
    setProblem(p)
    if (p || sending || uploading) return
    askForPushes()
    setSending(true)
    try {
      const c = await submitCase({
        submissionId: draft.submissionId,
        ...to,
        category: draft.category,
        text: draft.text.trim(),
        ...(draft.location ? { location: draft.location } : {}),
        ...(draft.media.length ? { media: draft.media.map((m) => m.id) } : {}),
        ...(draft.phone ? { phone: draft.phone, phoneConsent: draft.phoneConsent } : {}),
        showPublicly: draft.showPublicly,
      })
      clearDraft()
      void nav.redirect(`/pages/success/index?id=${c.id}&number=${encodeURIComponent(c.number)}${c.held ? '&held=1' : ''}`)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VALIDATION') setProblem(e.message)
      else toast(`${errorMessage(e)}，内容已保存`)
    } finally {
      setSending(false)
    }
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

  const addLocation = async () => {
    const location = await pickLocation()
    if (location) updateDraft({ location })
    else toast('未能获取位置，可以不填')
  }

  return (
    <View className='page'>
      {process.env.TARO_ENV === 'weapp' && <privacy-popup />}
      <StateView loading={target.loading} error={target.error} onRetry={target.reload}>
        {target.data && (
          <>
            <View className='card'>
              <Text className='muted'>{noticeId ? '提前征集：接待日前提交，接待代表会看到' : '反映给'}</Text>
              <Text className='field-value submit-target'>{target.data.title}</Text>
            </View>
            <View className='card'>
              <Text className='section-title'>问题类别</Text>
              <View className='chips'>
                {target.data.categories.map((c) => (
                  <View
                    key={c}
                    className={`chip ${draft.category === c ? 'chip--on' : ''}`}
                    onClick={() => updateDraft({ category: c })}
                  >
                    {c}
                  </View>
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
                maxlength={CASE_TEXT_MAX}
                placeholder='请说明发生了什么、在哪里、持续多久了'
                onInput={(e) => updateDraft({ text: e.detail.value })}
              />
              <Text className='counter'>
                {textLength(draft.text)}/{CASE_TEXT_MAX}
              </Text>
            </View>
            <View className='card'>
              <Text className='section-title'>照片和视频（选填）</Text>
              <MediaPicker items={draft.media} onChange={(items) => updateDraft({ media: items })} onBusy={setUploading} />
            </View>
            <View className='card'>
              <View className='row row--between'>
                <Text className='section-title'>位置（选填）</Text>
                {draft.location ? (
                  <Button className='btn btn--ghost btn--small' onClick={() => updateDraft({ location: null })}>
                    清除
                  </Button>
                ) : (
                  <Button className='btn btn--ghost btn--small' onClick={addLocation}>
                    添加位置
                  </Button>
                )}
              </View>
              <Text className='muted'>{draft.location ? draft.location.name : '标注位置能帮助代表更快了解情况'}</Text>
            </View>
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
              <Consent on={draft.showPublicly} onToggle={() => updateDraft({ showPublicly: !draft.showPublicly })}>
                允许展示：其他群众可以看到隐去姓名、电话和门牌后的诉求内容（代表主页、同一问题的邻居）
              </Consent>
              <Text className='link privacy-link' onClick={() => nav.to('/pages/privacy/index')}>
                《码上说事隐私保护指引》
              </Text>
            </View>
            {problem && <Text className='error-text'>{problem}</Text>}
            <Button className='btn btn--primary submit' loading={sending} disabled={sending || uploading > 0} onClick={send}>
              {sending ? '正在提交…' : uploading ? '照片上传中…' : '提交给代表'}
            </Button>
            <Text className='hint'>内容会自动保存，网络不好时可稍后再提交</Text>
          </>
        )}
      </StateView>
    </View>
  )
}
