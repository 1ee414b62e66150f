import { useState } from 'react'
import { ApiError, errorMessage } from '../services/api/call'
import { toast } from '../services/platform'

type Code = ApiError['code']

/**
 * A form's sending: its draft checked first, busy while it goes, the server's refusal of the input
 * (`shown` codes) written under the form, any other failure told with the draft kept.
 */
export function useFormSend(check: () => string | null, shown: readonly Code[] = ['VALIDATION']) {
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const send = async (work: () => Promise<void>) => {
    const p = check()
    setProblem(p)
    if (p || sending) return
    setSending(true)
    try {
      await work()
    } catch (e) {
      if (e instanceof ApiError && shown.includes(e.code)) setProblem(e.message)
      else toast(`${errorMessage(e)}，内容已保存`)
    } finally {
      setSending(false)
    }
  }
  return { problem, sending, send }
}
