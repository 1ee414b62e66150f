import { distance } from 'geokdbush'
import { NEAREST_MAX_KM, StationIndex, type StationPlace } from '../src/core/cases/routing'
import { quantile } from './quantile'

/** A repeatable pseudo-random sequence, so every run measures the same points. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** Stations scattered over mainland China's extent. */
function stationsOverChina(n: number, rnd: () => number): StationPlace[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    districtId: 'x',
    longitude: 73.5 + rnd() * (134.8 - 73.5),
    latitude: 18.2 + rnd() * (53.5 - 18.2),
  }))
}

function bruteNearest(stations: StationPlace[], lng: number, lat: number) {
  let best: { id: string; km: number } | undefined
  for (const s of stations) {
    const km = distance(lng, lat, s.longitude, s.latitude)
    if (km <= NEAREST_MAX_KM && (!best || km < best.km)) best = { id: s.id, km }
  }
  return best
}

/**
 * Nearest-station lookups over `n` stations, through the index and by checking every
 * station; also how often the two disagree (must be never).
 */
export function nearestStation(n: number, lookups: number, bruteLookups: number) {
  const rnd = random(20261122)
  const stations = stationsOverChina(n, rnd)
  const built = performance.now()
  const index = new StationIndex(stations)
  const buildMs = performance.now() - built
  // Queries near real stations, so most find one within the 10 km reach.
  const queries = Array.from({ length: lookups }, () => {
    const s = stations[Math.floor(rnd() * n)]
    return { lng: s.longitude + (rnd() - 0.5) * 0.1, lat: s.latitude + (rnd() - 0.5) * 0.1 }
  })
  const fast: number[] = []
  const found: (number | undefined)[] = []
  for (const q of queries) {
    const t = performance.now()
    found.push(index.nearest(q.lng, q.lat)?.km)
    fast.push(performance.now() - t)
  }
  const slow: number[] = []
  let disagree = 0
  for (const [i, q] of queries.slice(0, bruteLookups).entries()) {
    const t = performance.now()
    const b = bruteNearest(stations, q.lng, q.lat)
    slow.push(performance.now() - t)
    if ((b?.km ?? -1) !== (found[i] ?? -1) && Math.abs((b?.km ?? -1) - (found[i] ?? -1)) > 1e-9) disagree++
  }
  return {
    buildMs,
    index: { p50: quantile(fast, 0.5), p99: quantile(fast, 0.99) },
    brute: { p50: quantile(slow, 0.5), p99: quantile(slow, 0.99) },
    disagree,
    checked: slow.length,
  }
}
