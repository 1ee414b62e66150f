import { errors } from '../../src/core/errors'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import type { Services } from '../runtime/services'
import { sterner, type CheckScene, type TextVerdict } from './content-check'
import { insertHeld, photosToSend, setTrace, settleRef, waitingOf, type HeldItem } from './screenings-repository'
import { wordVerdict } from './words'

/** What a check decided for words that passed it: shown at once, or held for a person (with why). */
export interface Screened {
  held: boolean
  why: string[]
}

/** msgSecCheck reads at most 2,500 characters a call. */
const CHECK_CHARS = 2500

/** WeChat's check of one text; when it cannot answer, the text waits for a person rather than going out unread. */
async function wechatVerdict(ctx: FnContext, text: string, scene: CheckScene): Promise<TextVerdict> {
  const check = ctx.services.contentCheck
  // WeChat checks words against the author's openid; a caller without one is not in WeChat.
  if (!check || ctx.caller.kind !== 'openid') return { verdict: 'pass', why: [] }
  const openid = ctx.caller.openid
  let verdict: TextVerdict = { verdict: 'pass', why: [] }
  try {
    for (let i = 0; i < text.length; i += CHECK_CHARS) verdict = sterner(verdict, await check.text({ text: text.slice(i, i + CHECK_CHARS), scene, openid }))
  } catch (e) {
    console.error('[content check]', e)
    verdict = sterner(verdict, { verdict: 'review', why: ['内容检测暂不可用，待人工审核'] })
  }
  return verdict
}

/**
 * Checks words other people will read, before anything is written (no transaction waits on
 * WeChat): the word list everywhere, and WeChat's check in the cloud. Risky words are refused
 * with a message naming `what`; doubtful ones pass, to be held (`held`) in the writer's transaction.
 */
export async function screenText(ctx: FnContext, districtId: string, what: string, texts: readonly (string | null | undefined)[], scene: CheckScene): Promise<Screened> {
  const text = texts.filter((t): t is string => !!t && t.trim() !== '').join('\n')
  if (!text) return { held: false, why: [] }
  const verdict = sterner(await wordVerdict(ctx.services.db, districtId, text), await wechatVerdict(ctx, text, scene))
  if (verdict.verdict === 'risky') throw errors.validation.contentRisky(what)
  return { held: verdict.verdict === 'review', why: verdict.why }
}

/** Holds a written item for a person, in the writer's transaction, when its check said so. */
export async function holdIfDoubtful(q: Queryable, s: Screened, item: Omit<HeldItem, 'why'>): Promise<void> {
  if (s.held) await insertHeld(q, { ...item, why: s.why })
}

/**
 * In the cloud, a case's photos are hidden until WeChat's picture check passes them: held in
 * the filing's transaction, sent to the check after it (sendPhotosToCheck).
 */
export async function holdPhotos(
  q: Queryable,
  services: Services,
  photos: readonly { id: string; storage_key: string; kind: string }[],
  where: { districtId: string; stationId: string | null; authorId: string },
): Promise<void> {
  if (!services.contentCheck) return
  for (const p of photos.filter((m) => m.kind === 'photo')) {
    await insertHeld(q, { kind: 'photo', refId: p.id, ...where, content: '', mediaKey: p.storage_key, why: [] })
  }
}

/**
 * Sends held pictures to WeChat's asynchronous check; its pushed result settles each
 * (mediaResult). Right after a filing, and by the timer for any that could not be sent then.
 */
export async function sendPhotosToCheck(services: Services, limit = 20): Promise<number> {
  const { contentCheck, media, db } = services
  if (!contentCheck || !media) return 0
  const waiting = await photosToSend(db, limit)
  if (waiting.length === 0) return 0
  const urls = await media.urls(waiting.map((p) => p.media_key))
  let sent = 0
  for (const p of waiting) {
    const url = urls.get(p.media_key)
    if (!url || !p.openid) continue
    try {
      const { traceId } = await contentCheck.image({ url, scene: 2, openid: p.openid })
      await setTrace(db, p.id, traceId)
      sent++
    } catch (e) {
      console.error('[picture check]', p.id, e)
    }
  }
  return sent
}

/** Why each of these items of one kind waits for review, if it does: id → why (a proposal staff are about to decide on). */
export const waitingWhy = waitingOf

/** Settles a screened item by what it is, when a person decided on it elsewhere (staff approving a proposal). */
export const settleScreened = settleRef
