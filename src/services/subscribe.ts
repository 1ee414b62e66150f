import Taro from '@tarojs/taro'
import { pushTemplates, reportSubscribed } from './api/messages'

let templateIds: string[] = []

/** Fetches, once, which subscribe-message templates to ask this person for (none in H5). */
export async function loadPushTemplates(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length) return
  try {
    templateIds = (await pushTemplates()).ids
  } catch {
    // Without them the person is simply not asked; 消息 still has every step.
  }
}

/**
 * Asks, within the tap (WeChat allows the dialog nowhere else), whether WeChat may tell the
 * person of the next step, and reports each 'accept' to the server as one send of quota.
 */
export function askForPushes(): void {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return
  const ids = templateIds
  Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option)
    .then((r) => {
      const accepted = ids.filter((id) => (r as unknown as Record<string, string>)[id] === 'accept')
      if (accepted.length) return reportSubscribed(accepted)
    })
    .catch(() => undefined)
}
