import type { Place } from '../../core/places/types'
import type { placesEvent } from '../../core/places/schemas'
import { callFunction, type Args } from './call'

/** `places`: the place a signed-in person stands at, or places matching typed words. */
export const placeHere = (e: Args<typeof placesEvent, 'here'>) => callFunction<Place>('places', { action: 'here', ...e })
export const searchPlaces = (e: Args<typeof placesEvent, 'search'>) => callFunction<{ items: Place[] }>('places', { action: 'search', ...e })
