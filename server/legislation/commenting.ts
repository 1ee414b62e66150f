import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { CommentItem, ConsultationView } from '../../src/core/legislation/types'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import { audit } from '../audit/audit'
import { afterCursor, pageOf } from '../db/cursor'
import type { FnContext } from '../runtime/context'
import { decryptPhone, sealPhone } from '../privacy/phone'
import { holdIfDoubtful, screenText } from '../safety/screening'
import { articleOf, commentPage, consultationRow, insertComment } from './consultations-repository'
import { consultationView, isTeam } from './reading'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

/**
 * `legislation comment` (anyone signed in, while it is open): an opinion on one article (perhaps
 * naming its 款) or on the whole draft, screened before the team reads it; a name and phone only
 * if the person leaves them, for the staff alone. A person may comment on an article again; the
 * article counts people, not comments.
 */
export async function commentOn(ctx: FnContext, e: Of<'comment'>): Promise<ConsultationView> {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  const c = await consultationRow(db, { id: e.id }, shanghaiDay(ctx.services.now()))
  if (!c || c.status === 'draft') throw errors.notFound.consultation()
  if (c.status !== 'open') throw errors.conflict.consultationState('征求意见已结束')
  if (e.phone && !phoneKey) throw errors.validation.phoneUnavailable()
  const screened = await screenText(ctx, c.districtId, '意见', [e.text, e.name], 2)
  await db.tx(async (q) => {
    const article = e.articleId ? await articleOf(q, c.id, e.articleId) : null
    if (e.articleId && !article) throw errors.validation.article()
    const phone = e.phone && phoneKey ? sealPhone(e.phone, phoneKey) : null
    const id = await insertComment(q, {
      consultationId: c.id, articleId: article?.id ?? null, clause: e.clause ?? null, authorId: user.id, text: e.text, name: e.name || null, phoneEnc: phone?.enc ?? null, phoneMasked: phone?.masked ?? null,
      // The contact point the person came through (its page, its poster), when it takes part.
      stationId: c.points.find((p) => p.code === e.stationCode)?.id ?? null,
    })
    await holdIfDoubtful(q, screened, { kind: 'comment', refId: id, districtId: c.districtId, stationId: null, authorId: user.id, content: e.text })
  })
  return consultationView(ctx, { id: c.id })
}

const PAGE = 30

/**
 * `legislation comments` (its team: the office, the contact points' staff and deputies): what
 * people said, one article's or all, newest first; a phone where it was left, each read audited.
 */
export async function commentList(ctx: FnContext, e: Of<'comments'>): Promise<{ items: CommentItem[]; cursor?: string }> {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  const c = await consultationRow(db, { id: e.id }, shanghaiDay(ctx.services.now()))
  if (!c) throw errors.notFound.consultation()
  // The draft itself is public; its comments are its team's (of its district) alone.
  if (!(await isTeam(db, user, c))) throw errors.forbidden.consultationTeam()
  const rows = await commentPage(db, { id: c.id, articleId: e.articleId ?? null, after: afterCursor(e.cursor) }, PAGE + 1)
  const withPhones = rows.filter((r) => r.phoneEnc).length
  if (withPhones && phoneKey) await audit(db, { actorId: user.id, actorRole: user.role, districtId: c.districtId, kind: 'phone.read', subjectId: c.id, detail: `读取立法意见留下的手机号 ${withPhones} 个` })
  const page = pageOf(rows, PAGE)
  return { ...page, items: page.items.map(({ phoneEnc, ...r }) => ({ ...r, phone: phoneEnc && phoneKey ? decryptPhone(phoneEnc, phoneKey) : null })) }
}
