import fc from 'fast-check'
import { distance } from 'geokdbush'
import { NEAREST_MAX_KM, routeCase, StationIndex, type StationPlace } from '../../src/core/cases/routing'

const station = (id: string, longitude: number, latitude: number, area?: [number, number][]): StationPlace => ({
  id, districtId: 'x', longitude, latitude, area,
})

/** The nearest by checking every station: what the index must agree with. */
function bruteForce(stations: StationPlace[], lng: number, lat: number) {
  let best: { id: string; km: number } | undefined
  for (const s of stations) {
    const km = distance(lng, lat, s.longitude, s.latitude)
    if (km <= NEAREST_MAX_KM && (!best || km < best.km)) best = { id: s.id, km }
  }
  return best
}

describe('routing a case', () => {
  const west = station('west', 113.1034, 36.1953, [[113.09, 36.19], [113.11, 36.19], [113.11, 36.2], [113.09, 36.2]])
  const east = station('east', 113.1302, 36.1921)
  const index = new StationIndex([west, east])

  it('sends a deputy’s code to the deputy and their station, a station’s code to the station', () => {
    expect(routeCase({ kind: 'deputy', deputyId: 'd', stationId: 'west' }, index)).toEqual({ to: 'deputy', deputyId: 'd', stationId: 'west' })
    expect(routeCase({ kind: 'station', stationId: 'east' }, index)).toEqual({ to: 'station', stationId: 'east', by: 'code' })
  })

  it('prefers the station whose service area holds the place, even when another is nearer', () => {
    // Inside west's area, but nearer to a station placed just outside it.
    const nearer = station('nearer', 113.1101, 36.1951)
    const r = routeCase({ kind: 'general', location: { longitude: 113.1095, latitude: 36.1951 } }, new StationIndex([west, nearer]))
    expect(r).toEqual({ to: 'station', stationId: 'west', by: 'area' })
  })

  it('falls back to the nearest station, then to the office queue, never to nothing', () => {
    const r = routeCase({ kind: 'general', location: { longitude: 113.135, latitude: 36.19 } }, index)
    expect(r).toMatchObject({ to: 'station', stationId: 'east', by: 'nearest' })
    expect(routeCase({ kind: 'general', location: { longitude: 116.4, latitude: 39.9 } }, index)).toEqual({ to: 'office', why: 'none-near' })
    expect(routeCase({ kind: 'general' }, index)).toEqual({ to: 'office', why: 'no-location' })
    expect(routeCase({ kind: 'general', location: { longitude: 113.1, latitude: 36.1 } }, new StationIndex([]))).toEqual({
      to: 'office', why: 'none-near',
    })
  })

  it('finds the same nearest station as brute force, anywhere', () => {
    const point = fc.record({ lng: fc.double({ min: 112.9, max: 113.3, noNaN: true }), lat: fc.double({ min: 36.0, max: 36.4, noNaN: true }) })
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), point, (places, q) => {
        const stations = places.map((p, i) => station(`s${i}`, p.lng, p.lat))
        const found = new StationIndex(stations).nearest(q.lng, q.lat)
        const expected = bruteForce(stations, q.lng, q.lat)
        if (!expected) return found === undefined
        // Ties may pick either station; the distance must be the least.
        return found !== undefined && Math.abs(found.km - expected.km) < 1e-9
      }),
      { numRuns: 300 },
    )
  })
})
