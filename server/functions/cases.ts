import { DomainError } from '../../src/core/errors'
import { PAGE_SIZE } from '../../src/core/limits'
import { casesQueryEvent } from '../../src/core/schemas'
import { CASE_ACTIONS, statesAwaiting, transitionOf } from '../../src/core/transitions'
import { casesOfResident, inbox } from '../db/case-views'
import { dispatchOptions } from '../db/districts-repository'
import { detailFor, move, visibleCase } from './case-moves'
import { follow, similar } from './case-similar'
import { submit } from './case-submit'
import { parseEvent, type FunctionHandler } from './runtime'

const actionOf = (raw: unknown) =>
  raw && typeof raw === 'object' && typeof (raw as { action?: unknown }).action === 'string'
    ? (raw as { action: string }).action
    : undefined

export const cases: FunctionHandler = async (raw, ctx) => {
  const name = actionOf(raw)
  const transition = name && (CASE_ACTIONS as readonly string[]).includes(name) ? transitionOf(name) : undefined
  if (transition) return move(transition, raw, await ctx.requireUser(), ctx)

  const event = parseEvent(casesQueryEvent, raw)
  const user = await ctx.requireUser()
  const { db } = ctx.services
  switch (event.action) {
    case 'submit':
      return submit(event, user, ctx)
    case 'get':
      return detailFor(ctx, user, event.id, (await visibleCase(db, user, event.id)).handles)
    case 'listMine':
      return { items: await casesOfResident(db, user.id, PAGE_SIZE) }
    case 'inbox': {
      if (user.role === 'resident') throw new DomainError('FORBIDDEN', 'CASE.INBOX_HANDLERS_ONLY', '只有办理人员可以查看待办')
      const scope = {
        role: user.role,
        deputyId: user.deputy_id,
        stationId: user.station_id,
        departmentId: user.department_id,
        districtId: user.district_id,
      }
      return { items: await inbox(db, scope, event.filter, statesAwaiting(user.role), PAGE_SIZE) }
    }
    case 'dispatchOptions': {
      const { c, handles } = await visibleCase(db, user, event.id)
      if (!handles || !transitionOf('dispatch')!.roles.includes(user.role)) {
        throw new DomainError('FORBIDDEN', 'CASE.ROLE_CANNOT', '您的身份不能派单')
      }
      return dispatchOptions(db, c.district_id, c.category)
    }
    case 'similar':
      return similar(event, user, ctx)
    case 'follow':
      return follow(event.id, user, ctx)
  }
}
