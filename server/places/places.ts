import { errors } from '../../src/core/errors'
import type { PlacesEvent } from '../../src/core/places/schemas'
import type { Place } from '../../src/core/places/types'
import { take, type Limit } from '../limits/limits'
import type { FnContext } from '../runtime/context'
import { toGcj02 } from './coords'
import { districtGazetteer } from './gazetteer'
import type { MapService } from './map-service'

/** Each person asks the map service at most this often (it is metered): 30 lookups a minute, counted across hosts. */
const LOOKUPS: Limit = { kind: 'places', max: 30, seconds: 60 }

/** The signed-in person, within their lookups, and the map to ask. */
async function mapFor(ctx: FnContext): Promise<MapService> {
  const user = await ctx.requireUser()
  if (!(await take(ctx.services.db, LOOKUPS, user.id))) throw errors.rateLimited.places()
  return ctx.services.maps ?? districtGazetteer(ctx.services.db)
}

/**
 * The place at the person's position, named and addressed. When the map service fails or knows
 * nothing there, the point is kept with a plain name: a concern is never held up by a map.
 */
export async function placeHere(ctx: FnContext, e: Extract<PlacesEvent, { action: 'here' }>): Promise<Place> {
  const map = await mapFor(ctx)
  const at = toGcj02(e)
  const found = await map.reverse(at).catch((err: unknown) => {
    console.error('[map reverse]', err)
    return null
  })
  return found ?? { ...at, name: '已标注的位置', address: '' }
}

/** Places matching typed words, the nearest to the person first; none when the map service fails. */
export async function searchPlaces(ctx: FnContext, e: Extract<PlacesEvent, { action: 'search' }>): Promise<{ items: Place[] }> {
  const map = await mapFor(ctx)
  const items = await map.search(e.keyword, e.near && toGcj02(e.near)).catch((err: unknown) => {
    console.error('[map search]', err)
    return []
  })
  return { items }
}
