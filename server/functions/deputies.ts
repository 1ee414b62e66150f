import { DomainError } from '../../src/core/errors'
import { PAGE_SIZE } from '../../src/core/limits'
import { deputiesEvent } from '../../src/core/schemas'
import { shanghaiDay } from '../../src/core/time'
import { deputyByCode, listDeputies } from '../db/deputies-repository'
import { deputyFigures, publicCases } from '../db/deputy-figures-repository'
import { noticesWithDeputy } from '../db/reception-repository'
import { decideProfile, myProfile, profileChanges, proposeProfile, publicFields } from './deputy-profiles'
import { noticeView } from './notices'
import { posterUrl, qrUrl } from './qr'
import { parseEvent, type FunctionHandler } from './runtime'

/** A code that names no active deputy: a mistyped URL, or a deputy who has left office. */
export const deputyNotFound = () => new DomainError('NOT_FOUND', 'DEPUTY.NOT_FOUND', '没有找到这位代表，二维码可能已失效')

const RECENT_SHOWN = 5

/**
 * Public: anyone who scanned a code may read a deputy's profile and figures. The poster and the
 * profile proposals check who asks.
 */
export const deputies: FunctionHandler = async (raw, ctx) => {
  const event = parseEvent(deputiesEvent, raw)
  const { db } = ctx.services
  if (event.action === 'myProfile') return myProfile(ctx)
  if (event.action === 'proposeProfile') return proposeProfile(event, ctx)
  if (event.action === 'profileChanges') return profileChanges(ctx)
  if (event.action === 'decideProfile') return decideProfile(event, ctx)
  if (event.action === 'list') {
    const rows = await listDeputies(db, event.cursor, PAGE_SIZE + 1)
    const items = rows.slice(0, PAGE_SIZE)
    return rows.length > PAGE_SIZE ? { items, cursor: items[items.length - 1].code } : { items }
  }
  const deputy = await deputyByCode(db, event.code)
  if (!deputy) throw deputyNotFound()
  if (event.action === 'figures') {
    // The public page's live part: figures from the cases, resolved cases residents allowed, and duty days.
    const today = shanghaiDay(ctx.services.now())
    const upcoming = (await noticesWithDeputy(db, deputy.id)).map((n) => noticeView(n, today)).filter((n) => n.next.length > 0)
    upcoming.sort((a, b) => a.next[0].localeCompare(b.next[0]))
    return { figures: await deputyFigures(db, deputy.id), recent: await publicCases(db, deputy.id, RECENT_SHOWN), upcoming }
  }
  if (event.action === 'qr') return { url: await qrUrl(ctx, { kind: 'deputy', code: deputy.code }) }
  if (event.action === 'poster') {
    const user = await ctx.requireUser()
    const mayPrint =
      user.role === 'admin' ||
      (user.role === 'deputy' && user.deputy_id === deputy.id) ||
      (user.role === 'staff' && user.station_id === deputy.station.id) ||
      (user.role === 'office' && user.district_id === deputy.districtId)
    if (!mayPrint) throw new DomainError('FORBIDDEN', 'DEPUTY.POSTER_FORBIDDEN', '只有代表本人和所在联络站的工作人员可以下载海报')
    return { url: await posterUrl(ctx, deputy) }
  }
  return publicFields(ctx, deputy)
}
