import { canSeeCase, type Viewer } from '../../src/core/case-access'
import { findTransition, isOpen } from '../../src/core/case-states'
import { formatCaseNumber } from '../../src/core/case-number'
import { DomainError } from '../../src/core/errors'
import { PAGE_SIZE } from '../../src/core/limits'
import { casesEvent, type CasesEvent } from '../../src/core/schemas'
import { shanghaiYear } from '../../src/core/time'
import {
  caseById,
  caseBySubmission,
  caseDetail,
  casesOfDeputy,
  casesOfResident,
  insertCase,
  insertEvent,
  nextCaseSeq,
  updateStatus,
  type CaseRow,
} from '../db/cases-repository'
import { deputyByCode } from '../db/deputies-repository'
import type { UserRow } from '../db/users-repository'
import { deputyNotFound } from './deputies'
import { parseEvent, type FnContext, type FunctionHandler } from './runtime'

type Submit = Extract<CasesEvent, { action: 'submit' }>
type Reply = Extract<CasesEvent, { action: 'reply' }>

const viewer = (u: UserRow): Viewer => ({
  id: u.id,
  role: u.role,
  deputyId: u.deputy_id,
  stationId: u.station_id,
  districtId: u.district_id,
})

const notFound = () => new DomainError('NOT_FOUND', 'CASE.NOT_FOUND', '没有找到这条诉求')

/** A case the caller may not see is answered exactly like one that does not exist. */
function assertVisible(user: UserRow, c: CaseRow | null): CaseRow {
  if (!c) throw notFound()
  const scope = { residentId: c.resident_id, deputyId: c.deputy_id, stationId: c.station_id, districtId: c.district_id }
  if (!canSeeCase(viewer(user), scope)) throw notFound()
  return c
}

async function submit(e: Submit, user: UserRow, ctx: FnContext) {
  const { db } = ctx.services
  const summary = (c: CaseRow) => ({ id: c.id, number: c.number, status: c.status })
  const again = await caseBySubmission(db, user.id, e.submissionId)
  if (again) return summary(again)

  const deputy = await deputyByCode(db, e.deputyCode)
  if (!deputy) throw deputyNotFound()
  if (!deputy.categories.includes(e.category)) {
    throw new DomainError('VALIDATION', 'CASE.CATEGORY_UNKNOWN', '请选择列表中的类别')
  }
  const year = shanghaiYear(ctx.services.now())
  const created = await db.tx(async (q) => {
    const seq = await nextCaseSeq(q, deputy.districtId, year)
    const row = await insertCase(q, formatCaseNumber(deputy.casePrefix, year, seq), {
      residentId: user.id,
      submissionId: e.submissionId,
      districtId: deputy.districtId,
      stationId: deputy.station.id,
      deputyId: deputy.id,
      channel: 'deputy_qr',
      category: e.category,
      text: e.text,
      location: e.location ?? null,
      status: 'submitted',
    })
    if (!row) return null
    await insertEvent(q, {
      caseId: row.id,
      type: 'submit',
      actorId: user.id,
      actorRole: user.role,
      fromStatus: null,
      toStatus: 'submitted',
      payload: { text: e.text },
    })
    return row
  })
  // A concurrent retry with the same submission id won the insert: answer with its case.
  const c = created ?? (await caseBySubmission(db, user.id, e.submissionId))
  if (!c) throw new Error('submission neither inserted nor found')
  return summary(c)
}

async function reply(e: Reply, user: UserRow, ctx: FnContext) {
  if (user.role !== 'deputy') throw new DomainError('FORBIDDEN', 'CASE.REPLY_DEPUTY_ONLY', '只有代表可以答复诉求')
  await ctx.services.db.tx(async (q) => {
    const c = assertVisible(user, await caseById(q, e.id, true))
    if (c.deputy_id !== user.deputy_id) throw new DomainError('FORBIDDEN', 'CASE.NOT_ADDRESSEE', '这条诉求不是提给您的')
    if (!isOpen(c.status)) throw new DomainError('CONFLICT', 'CASE.CLOSED', '这条诉求已经结束，不能再答复')
    const t = findTransition('reply', c.status, user.role)
    const to = t ? t.to : c.status
    await updateStatus(q, c.id, to)
    await insertEvent(q, {
      caseId: c.id,
      type: 'reply',
      actorId: user.id,
      actorRole: user.role,
      fromStatus: c.status,
      toStatus: to,
      payload: { text: e.text },
    })
  })
  return caseDetail(ctx.services.db, e.id)
}

export const cases: FunctionHandler = async (raw, ctx) => {
  const event = parseEvent(casesEvent, raw)
  const user = await ctx.requireUser()
  const { db } = ctx.services
  switch (event.action) {
    case 'submit':
      return submit(event, user, ctx)
    case 'get':
      assertVisible(user, await caseById(db, event.id))
      return caseDetail(db, event.id)
    case 'listMine':
      return { items: await casesOfResident(db, user.id, PAGE_SIZE) }
    case 'inbox':
      if (user.role !== 'deputy' || !user.deputy_id) {
        throw new DomainError('FORBIDDEN', 'CASE.INBOX_DEPUTY_ONLY', '只有代表可以查看代表收件箱')
      }
      return { items: await casesOfDeputy(db, user.deputy_id, PAGE_SIZE) }
    case 'reply':
      return reply(event, user, ctx)
  }
}
