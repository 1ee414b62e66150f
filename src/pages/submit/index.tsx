import { Button, Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { StateView } from '../../components/state-view'
import { useRemote } from '../../components/use-remote'
import { CASE_TEXT_MAX, CASE_TEXT_MIN } from '../../core/limits'
import type { DeputyProfile } from '../../core/types'
import { ApiError, callFunction, errorMessage } from '../../services/api'
import { nav, pickLocation, toast } from '../../services/platform'
import { useAppStore } from '../../store'
import { EMPTY_DRAFT } from '../../store/draft-slice'

/** Says what is wrong in the form's own words, before anything is sent. */
function problemOf(category: string, text: string): string | null {
  if (!category) return '请选择问题类别'
  if (text.trim().length < CASE_TEXT_MIN) return `请把问题说清楚一些（至少 ${CASE_TEXT_MIN} 个字）`
  if (text.length > CASE_TEXT_MAX) return `内容不能超过 ${CASE_TEXT_MAX} 个字`
  return null
}

/**
 * The concern form. Everything typed is kept as a draft until the server confirms the case;
 * the draft's submission id makes a retry return the same case instead of a second one.
 */
export default function Submit() {
  const code = useRouter().params.code ?? ''
  const deputy = useRemote(() => callFunction<DeputyProfile>('deputies', { action: 'get', code }, { auth: false }), [code])
  const draft = useAppStore((s) => s.drafts[code]) ?? EMPTY_DRAFT
  const updateDraft = useAppStore((s) => s.updateDraft)
  const clearDraft = useAppStore((s) => s.clearDraft)
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const send = async () => {
    const p = problemOf(draft.category, draft.text)
    setProblem(p)
    if (p || sending) return
    setSending(true)
    try {
      const c = await callFunction<{ id: string; number: string }>('cases', {
        action: 'submit',
        submissionId: draft.submissionId,
        deputyCode: code,
        category: draft.category,
        text: draft.text.trim(),
        ...(draft.location ? { location: draft.location } : {}),
      })
      clearDraft(code)
      void nav.redirect(`/pages/success/index?id=${c.id}&number=${encodeURIComponent(c.number)}`)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VALIDATION') setProblem(e.message)
      else toast(`${errorMessage(e)}，内容已保存`)
    } finally {
      setSending(false)
    }
  }

  const addLocation = async () => {
    const location = await pickLocation()
    if (location) updateDraft(code, { location })
    else toast('未能获取位置，可以不填')
  }

  return (
    <View className='page'>
      <StateView loading={deputy.loading} error={deputy.error} onRetry={deputy.reload}>
        {deputy.data && (
          <>
            <View className='card'>
              <Text className='muted'>反映给</Text>
              <Text className='field-value'>
                {deputy.data.name}（{deputy.data.station.name}）
              </Text>
            </View>
            <View className='card'>
              <Text className='section-title'>问题类别</Text>
              <View className='chips'>
                {deputy.data.categories.map((c) => (
                  <View
                    key={c}
                    className={`chip ${draft.category === c ? 'chip--on' : ''}`}
                    onClick={() => updateDraft(code, { category: c })}
                  >
                    {c}
                  </View>
                ))}
              </View>
            </View>
            <View className='card'>
              <Text className='section-title'>问题描述</Text>
              <Textarea
                className='textarea'
                value={draft.text}
                maxlength={CASE_TEXT_MAX}
                placeholder='请说明发生了什么、在哪里、持续多久了'
                onInput={(e) => updateDraft(code, { text: e.detail.value })}
              />
              <Text className='counter'>
                {draft.text.length}/{CASE_TEXT_MAX}
              </Text>
            </View>
            <View className='card'>
              <View className='row row--between'>
                <Text className='section-title'>位置（选填）</Text>
                {draft.location ? (
                  <Button className='btn btn--ghost btn--small' onClick={() => updateDraft(code, { location: null })}>
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
            {problem && <Text className='error-text'>{problem}</Text>}
            <Button className='btn btn--primary' loading={sending} disabled={sending} onClick={send}>
              {sending ? '正在提交…' : '提交给代表'}
            </Button>
            <Text className='hint'>内容会自动保存，网络不好时可稍后再提交</Text>
          </>
        )}
      </StateView>
    </View>
  )
}
