import { randomInt } from 'node:crypto'
import { runsBallot, runsBallots, votesIn } from '../../src/core/oversight/access'
import { outcomeOf, quorumMet, wholeBallot } from '../../src/core/oversight/ballot'
import type { OversightEvent } from '../../src/core/oversight/schemas'
import { RATINGS, type BallotItem, type BallotResults, type BallotView, type Tally } from '../../src/core/oversight/types'
import type { ShownCode } from '../../src/core/scene'
import { errors } from '../../src/core/errors'
import { audit } from '../audit/audit'
import { qrUrl } from '../deputies/qr-codes'
import { posterCode } from '../identity/codes'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { addToTallies, ballotRow, ballotsOf, closeBallotRow, hasVoted, insertBallot, insertPaper, markVoted, membersAmong, membersOf, tallies, type BallotRow } from './ballots-repository'
import { officialsAmong } from './officials-repository'

type Of<A extends OversightEvent['action']> = Extract<OversightEvent, { action: A }>

async function runner(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (!runsBallots(user)) throw errors.forbidden.ballots()
  return { user, districtId: user.districtId! }
}

/** The office's ballot of its own district (locked when `lock`); another district's is not found. */
async function ownBallot(ctx: FnContext, q: Queryable, id: string, districtId: string, lock = false): Promise<BallotRow> {
  const b = await ballotRow(q, { id }, ctx.services.now(), lock)
  if (!b || b.districtId !== districtId) throw errors.notFound.ballot()
  return b
}

/** `oversight members` (the office): the district's standing committee members, to name in a ballot. */
export async function memberList(ctx: FnContext): Promise<{ items: { id: string; name: string }[] }> {
  const { districtId } = await runner(ctx)
  return { items: await membersOf(ctx.services.db, districtId) }
}

/** `oversight ballots` (the office): the district's ballots, newest first. */
export async function ballotList(ctx: FnContext): Promise<{ items: BallotItem[] }> {
  const { districtId } = await runner(ctx)
  return { items: await ballotsOf(ctx.services.db, districtId, ctx.services.now()) }
}

/** `oversight openBallot` (the office): a session's 满意度测评 of these officials by these members, with a short code for the QR shown in the room. */
export async function openBallot(ctx: FnContext, e: Of<'openBallot'>): Promise<{ id: string; code: string; qr: ShownCode | null }> {
  const { user, districtId } = await runner(ctx)
  if (new Date(e.closesAt) <= ctx.services.now()) throw errors.validation.closesAt()
  const officialIds = [...new Set(e.officialIds)]
  const memberIds = [...new Set(e.memberIds)]
  const made = await ctx.services.db.tx(async (q) => {
    if ((await officialsAmong(q, districtId, officialIds)).length !== officialIds.length) throw errors.validation.officials()
    if ((await membersAmong(q, districtId, memberIds)) !== memberIds.length) throw errors.validation.members()
    for (;;) {
      const code = posterCode()
      const id = await insertBallot(q, { districtId, code, title: e.title, officialIds, memberIds, closesAt: e.closesAt, by: user.id })
      if (id) {
        await audit(q, { actorId: user.id, actorRole: user.role, districtId, kind: 'data.change', subjectId: id, detail: `组织满意度测评《${e.title}》：${officialIds.length} 人，${memberIds.length} 位组成人员` })
        return { id, code }
      }
    }
  })
  return { ...made, qr: ctx.services.qr && ctx.services.media ? await qrUrl(ctx, { kind: 'ballot', code: made.code }) : null }
}

/** `oversight qr` (the office): the ballot's code again, to show in the room. */
export async function ballotQr(ctx: FnContext, e: Of<'qr'>): Promise<ShownCode> {
  const { districtId } = await runner(ctx)
  const b = await ownBallot(ctx, ctx.services.db, e.ballotId, districtId)
  return qrUrl(ctx, { kind: 'ballot', code: b.code })
}

/** `oversight ballot` (a member it names, or the office; by id or by the code in the room): each official to rate, and whether the member has voted. */
export async function ballotView(ctx: FnContext, e: Of<'ballot'>): Promise<BallotView> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const b = await ballotRow(db, { id: e.ballotId, code: e.code }, ctx.services.now())
  const entitled = !!b && votesIn(user, b)
  if (!b || (!entitled && !runsBallot(user, b))) throw errors.notFound.ballot()
  const officials = await officialsAmong(db, b.districtId, b.officialIds)
  return {
    id: b.id, code: b.code, title: b.title, closesAt: b.closesAt, closed: b.closed, entitled, voted: entitled && (await hasVoted(db, b.id, user.id)),
    officials: officials.map(({ id, name, post, department }) => ({ id, name, post, department })),
  }
}

/** Fisher–Yates with the system's random numbers. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/**
 * `oversight vote` (a member the ballot names, while it is open): the whole ballot, one rating for
 * every official, once. Who voted and the counts are written apart, in one transaction: a row that
 * the member voted (no time, nothing of how), and one added to each official's count, in shuffled
 * order; no row of the vote itself exists. The audit trail says the member voted, never how.
 */
export async function castVote(ctx: FnContext, e: Of<'vote'>): Promise<{ voted: true }> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    // Votes on one ballot take turns (its row locked): the counts never wait on each other.
    const b = await ballotRow(q, { id: e.ballotId }, ctx.services.now(), true)
    if (!b) throw errors.notFound.ballot()
    if (!votesIn(user, b)) throw errors.forbidden.voter()
    if (b.closed) throw errors.conflict.ballotClosed()
    if (!wholeBallot(b.officialIds, e.votes)) throw errors.validation.wholeBallot()
    if (!(await markVoted(q, b.id, user.id))) throw errors.conflict.voted()
    await addToTallies(q, b.id, shuffled(e.votes))
    await audit(q, { actorId: user.id, actorRole: user.role, districtId: b.districtId, kind: 'vote.cast', subjectId: b.id, detail: `在满意度测评《${b.title}》中投票` })
  })
  return { voted: true }
}

/** `oversight paper` (the office): the paper ballots counted for one official, an entry with who and when; a later entry replaces it. Audited. */
export async function enterPaper(ctx: FnContext, e: Of<'paper'>): Promise<{ entered: true }> {
  const { user, districtId } = await runner(ctx)
  const b = await ownBallot(ctx, ctx.services.db, e.ballotId, districtId)
  if (!b.officialIds.includes(e.officialId)) throw errors.validation.paperOfficial()
  const tally: Tally = { 满意: e.满意, 基本满意: e.基本满意, 不满意: e.不满意 }
  await ctx.services.db.tx(async (q) => {
    await insertPaper(q, { ballotId: b.id, officialId: e.officialId, tally, by: user.id })
    await audit(q, { actorId: user.id, actorRole: user.role, districtId, kind: 'vote.paper', subjectId: b.id, detail: `《${b.title}》纸质测评票：满意 ${e.满意}，基本满意 ${e.基本满意}，不满意 ${e.不满意}` })
  })
  return { entered: true }
}

/** `oversight closeBallot` (the office): ends it now; `withhold` keeps the results from members and the public, with why. */
export async function closeBallot(ctx: FnContext, e: Of<'closeBallot'>): Promise<BallotResults> {
  const { user, districtId } = await runner(ctx)
  await ctx.services.db.tx(async (q) => {
    const b = await ownBallot(ctx, q, e.ballotId, districtId, true)
    await closeBallotRow(q, b.id, e.withhold ?? null)
    await audit(q, { actorId: user.id, actorRole: user.role, districtId, kind: 'data.change', subjectId: b.id, detail: `结束满意度测评《${b.title}》${e.withhold ? `，结果不公布：${e.withhold}` : ''}` })
  })
  return ballotResults(ctx, { action: 'results', ballotId: e.ballotId })
}

/**
 * `oversight results` (once closed: the office; the members it names unless withheld): each
 * official's counts, online and paper together, the rate and the outcome by the district's rules,
 * and whether enough members voted.
 */
export async function ballotResults(ctx: FnContext, e: Of<'results'>): Promise<BallotResults> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const b = await ballotRow(db, { id: e.ballotId }, ctx.services.now())
  const office = !!b && runsBallot(user, b)
  if (!b || (!office && !votesIn(user, b))) throw errors.notFound.ballot()
  if (!b.closed) throw errors.conflict.ballotOpen()
  if (!office && b.withheld) throw errors.notFound.ballot()
  const [{ rows, voted }, officials] = await Promise.all([tallies(db, b.id), officialsAmong(db, b.districtId, b.officialIds)])
  const sum = (r: (typeof rows)[number]): Tally => Object.fromEntries(RATINGS.map((k) => [k, r.online[k] + r.paper[k]])) as Tally
  const paper = Math.max(0, ...rows.map((r) => r.paper.满意 + r.paper.基本满意 + r.paper.不满意))
  return {
    title: b.title,
    rows: officials.map((o) => {
      const t = sum(rows.find((r) => r.officialId === o.id)!)
      return { official: { id: o.id, name: o.name, post: o.post }, ...t, ...outcomeOf(t) }
    }),
    voted, paper, entitled: b.memberIds.length, quorum: quorumMet(voted + paper, b.memberIds.length), withheld: b.withheld,
  }
}
