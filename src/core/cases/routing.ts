import { around, distance } from 'geokdbush'
import KDBush from 'kdbush'
import inside from 'point-in-polygon'

/** A station as routing sees it: a point, and the service area it answers for. */
export interface StationPlace {
  id: string
  districtId: string
  longitude: number
  latitude: number
  /** The service area as a ring of [longitude, latitude]; absent when the station has none. */
  area?: [number, number][] | null
}

/** How far a station may be and still be "nearest" rather than "none near": 10 km. */
export const NEAREST_MAX_KM = 10

/** Nearest-point and containment queries over stations, built once. */
export class StationIndex {
  private readonly tree: KDBush<StationPlace>
  private readonly areas: { station: StationPlace; box: [number, number, number, number] }[]

  constructor(readonly stations: readonly StationPlace[]) {
    this.tree = new KDBush([...stations], (s) => s.longitude, (s) => s.latitude)
    this.areas = stations
      .filter((s) => s.area && s.area.length >= 3)
      .map((station) => {
        const lngs = station.area!.map((p) => p[0])
        const lats = station.area!.map((p) => p[1])
        return { station, box: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)] }
      })
  }

  /** The station whose service area holds the point, if any. */
  containing(lng: number, lat: number): StationPlace | undefined {
    return this.areas.find(({ station, box }) =>
      lng >= box[0] && lat >= box[1] && lng <= box[2] && lat <= box[3] && inside([lng, lat], station.area!),
    )?.station
  }

  /** The nearest station within `maxKm`, with its great-circle distance. */
  nearest(lng: number, lat: number, maxKm = NEAREST_MAX_KM): { station: StationPlace; km: number } | undefined {
    const [station] = around(this.tree, lng, lat, 1, maxKm)
    if (!station) return undefined
    return { station, km: distance(lng, lat, station.longitude, station.latitude) }
  }
}

/** Where a new case came from. */
export type CaseSource =
  | { kind: 'deputy'; deputyId: string; stationId: string }
  | { kind: 'station'; stationId: string }
  | { kind: 'general'; location?: { longitude: number; latitude: number } }

/** Where it goes. `office` is an explicit result: the case waits in the office's queue. */
export type Route =
  | { to: 'deputy'; deputyId: string; stationId: string }
  | { to: 'station'; stationId: string; by: 'code' | 'area' | 'nearest'; km?: number }
  | { to: 'office'; why: 'no-location' | 'none-near' }

/** DESIGN.md §3: a deputy's code, a station's code, the area holding the place, the nearest station. */
export function routeCase(source: CaseSource, stations: StationIndex): Route {
  switch (source.kind) {
    case 'deputy':
      return { to: 'deputy', deputyId: source.deputyId, stationId: source.stationId }
    case 'station':
      return { to: 'station', stationId: source.stationId, by: 'code' }
    case 'general': {
      if (!source.location) return { to: 'office', why: 'no-location' }
      const { longitude, latitude } = source.location
      const holder = stations.containing(longitude, latitude)
      if (holder) return { to: 'station', stationId: holder.id, by: 'area' }
      const near = stations.nearest(longitude, latitude)
      return near ? { to: 'station', stationId: near.station.id, by: 'nearest', km: near.km } : { to: 'office', why: 'none-near' }
    }
  }
}
