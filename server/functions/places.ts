import { placesEvent } from '../../src/core/places/schemas'
import { placeHere, searchPlaces } from '../places/places'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** Signed-in people name a place: the one they stand at, or one they type. */
export const places: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(placesEvent, raw)
  switch (e.action) {
    case 'here':
      return placeHere(ctx, e)
    case 'search':
      return searchPlaces(ctx, e)
  }
}
