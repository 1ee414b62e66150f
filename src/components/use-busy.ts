import { useState } from 'react'
import { errorMessage } from '../services/api/call'
import { toast } from '../services/platform'

/** A page's button work: busy while it runs (buttons disabled), a failure told to the person in the server's words. */
export function useBusy(): [boolean, (work: () => Promise<void>) => Promise<void>] {
  const [busy, setBusy] = useState(false)
  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return [busy, run]
}
