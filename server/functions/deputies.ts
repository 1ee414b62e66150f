import { deputiesEvent } from '../../src/core/deputies/schemas'
import { deputyList, deputyPage } from '../deputies/directory'
import { deputyRecord } from '../deputies/figures'
import { decideProfile, myProfile, profileChanges, proposeProfile } from '../deputies/profiles'
import { deputyPoster, deputyQr } from '../deputies/qr-codes'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/**
 * Public: anyone who scanned a code may read a deputy's profile and figures. The poster and the
 * profile proposals check who asks.
 */
export const deputies: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(deputiesEvent, raw)
  switch (e.action) {
    case 'list':
      return deputyList(ctx, e.cursor)
    case 'get':
      return deputyPage(ctx, e.code)
    case 'figures':
      return deputyRecord(ctx, e.code)
    case 'qr':
      return deputyQr(ctx, e.code)
    case 'poster':
      return deputyPoster(ctx, e.code)
    case 'myProfile':
      return myProfile(ctx)
    case 'proposeProfile':
      return proposeProfile(ctx, e)
    case 'profileChanges':
      return profileChanges(ctx)
    case 'decideProfile':
      return decideProfile(ctx, e)
  }
}
