import { distance } from 'geokdbush'
import type { Place } from '../../src/core/places/types'
import type { Queryable } from '../db/queryable'
import { knownPlaces, type KnownPlace } from './gazetteer-repository'
import type { MapService, Point } from './map-service'

/** Further than this from every station, the gazetteer cannot say where a point is. */
const KNOWN_WITHIN_KM = 3
/** Within this of a station, its address is the landmark a point is named by. */
const LANDMARK_WITHIN_KM = 0.3

const km = (p: Point, s: KnownPlace) => distance(p.longitude, p.latitude, s.longitude, s.latitude)

/** A station's address under its district and street, each named once (an office's address often starts with its street). */
const fullAddress = (s: { district: string; street: string; address: string }): string =>
  [s.district, s.street].reduceRight((rest, part) => (rest.startsWith(part) ? rest : `${part}${rest}`), s.address)

/**
 * The district's own gazetteer, for a host without a map service: a point is named by the nearest
 * station's address when it is close, else by that station's community (or 街道), and typed words find stations by name, street or address.
 */
export function districtGazetteer(q: Queryable): MapService {
  return {
    async reverse(at) {
      const [nearest] = (await knownPlaces(q)).map((s) => ({ s, km: km(at, s) })).sort((a, b) => a.km - b.km)
      if (!nearest || nearest.km > KNOWN_WITHIN_KM) return null
      const { s } = nearest
      const area = `${s.street}${s.community ?? ''}`
      return { ...at, name: nearest.km <= LANDMARK_WITHIN_KM ? `${s.address}附近` : `${area}一带`, address: `${s.district}${area}` }
    },
    async search(keyword, near) {
      const found = await knownPlaces(q, keyword)
      if (near) found.sort((a, b) => km(near, a) - km(near, b))
      return found.slice(0, 10).map((s): Place => ({ latitude: s.latitude, longitude: s.longitude, name: s.name, address: fullAddress(s) }))
    },
  }
}
