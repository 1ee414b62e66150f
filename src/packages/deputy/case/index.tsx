import { Button, Text, Textarea, View } from '@tarojs/components'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { CaseDetailView } from '../../../components/case-detail-view'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { isOpen } from '../../../core/case-states'
import { REPLY_TEXT_MAX } from '../../../core/limits'
import type { CaseDetail } from '../../../core/types'
import { callFunction, errorMessage } from '../../../services/api'
import { stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'

/** A case addressed to the deputy, and the box to answer the resident. */
export default function DeputyCase() {
  const id = useRouter().params.id ?? ''
  const detail = useRemote(() => callFunction<CaseDetail>('cases', { action: 'get', id }), [id])
  const text = useAppStore((s) => s.replyDrafts[id] ?? '')
  const setReplyDraft = useAppStore((s) => s.setReplyDraft)
  const [sending, setSending] = useState(false)
  usePullDownRefresh(() => void detail.reload().finally(stopPullDownRefresh))

  const send = async () => {
    if (!text.trim()) return toast('请填写答复内容')
    setSending(true)
    try {
      await callFunction<CaseDetail>('cases', { action: 'reply', id, text: text.trim() })
      setReplyDraft(id, '')
      toast('答复已发送', 'success')
      await detail.reload()
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='page'>
      <StateView loading={detail.loading} error={detail.error} onRetry={detail.reload}>
        {detail.data && (
          <>
            <CaseDetailView detail={detail.data} />
            {isOpen(detail.data.status) && (
              <View className='card'>
                <Text className='section-title'>答复群众</Text>
                <Textarea
                  className='textarea reply-box'
                  value={text}
                  maxlength={REPLY_TEXT_MAX}
                  placeholder='告诉群众您了解到的情况和下一步怎么办'
                  onInput={(e) => setReplyDraft(id, e.detail.value)}
                />
                <Button className='btn btn--primary' loading={sending} disabled={sending} onClick={send}>
                  发送答复
                </Button>
              </View>
            )}
          </>
        )}
      </StateView>
    </View>
  )
}
