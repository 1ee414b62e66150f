import type { Verdict } from '../../../src/core/safety/types'
import type { ContentCheck } from '../../safety/content-check'

/** The part of wx-server-sdk the content check uses; tests hand in a fake of the same surface. */
export interface SecuritySdk {
  openapi: {
    security: {
      msgSecCheck(p: { content: string; version: 2; scene: number; openid: string }): Promise<{ errCode?: number; result?: { suggest?: string; label?: number } }>
      mediaCheckAsync(p: { mediaUrl: string; mediaType: 2; version: 2; scene: number; openid: string }): Promise<{ errCode?: number; traceId?: string }>
    }
  }
}

const VERDICTS: readonly Verdict[] = ['pass', 'review', 'risky']

/** WeChat's labels (result.label) a reviewer reads. */
const LABELS: Record<number, string> = {
  100: '正常', 10001: '广告', 20001: '时政', 20002: '色情', 20003: '辱骂', 20006: '违法犯罪', 20008: '欺诈', 20012: '低俗', 20013: '版权', 21000: '其他',
}

/**
 * security.msgSecCheck (v2) for words and security.mediaCheckAsync (v2) for pictures, through
 * cloud.openapi (each function's config.json grants them).
 */
export function wechatContentCheck(sdk: SecuritySdk): ContentCheck {
  return {
    async text({ text, scene, openid }) {
      const r = await sdk.openapi.security.msgSecCheck({ content: text, version: 2, scene, openid })
      const suggest = r.result?.suggest as Verdict
      if (!VERDICTS.includes(suggest)) throw new Error(`msgSecCheck answered no verdict (errCode ${r.errCode})`)
      const label = r.result?.label
      return { verdict: suggest, why: suggest === 'pass' || label === undefined ? [] : [`微信内容安全：${LABELS[label] ?? label}`] }
    },
    async image({ url, scene, openid }) {
      const r = await sdk.openapi.security.mediaCheckAsync({ mediaUrl: url, mediaType: 2, version: 2, scene, openid })
      if (!r.traceId) throw new Error(`mediaCheckAsync answered no trace id (errCode ${r.errCode})`)
      return { traceId: r.traceId }
    },
  }
}

/**
 * The message push of a picture check's result ({ Event: 'wxa_media_check', trace_id, result:
 * { suggest, label } }), as the `safety` function's own event; null for any other event.
 */
export function mediaCheckPush(event: unknown): { action: 'mediaResult'; traceId: unknown; suggest: unknown; label?: unknown } | null {
  if (typeof event !== 'object' || event === null) return null
  const e = event as { Event?: unknown; trace_id?: unknown; result?: { suggest?: unknown; label?: unknown } }
  if (e.Event !== 'wxa_media_check') return null
  return { action: 'mediaResult', traceId: e.trace_id, suggest: e.result?.suggest, ...(e.result?.label !== undefined ? { label: e.result.label } : {}) }
}
