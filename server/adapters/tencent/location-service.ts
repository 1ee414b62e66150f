import type { Place } from '../../../src/core/places/types'
import type { MapService, Point } from '../../places/map-service'

interface Answer<T> {
  status: number
  message?: string
  result?: T
  data?: T
}

interface Reverse {
  address: string
  formatted_addresses?: { recommend?: string }
  location: { lat: number; lng: number }
}

interface Suggestion {
  title: string
  address: string
  location: { lat: number; lng: number }
}

/**
 * Tencent's location service (WebService API, GCJ-02): `ws/geocoder/v1` for the place at a point and
 * `ws/place/v1/suggestion` for typed words. `TENCENT_MAP_KEY`; `TENCENT_MAP_BASE` for a test's local
 * fake; `TENCENT_MAP_REGION` (the city) keeps suggestions within the district's city.
 */
export function tencentLocationService(cfg: { key: string; base?: string; region?: string }): MapService {
  const base = cfg.base ?? 'https://apis.map.qq.com'
  async function get<T>(path: string, params: Record<string, string>): Promise<T> {
    const url = new URL(path, base)
    url.search = new URLSearchParams({ ...params, key: cfg.key }).toString()
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
    const body = (await res.json()) as Answer<T>
    const value = body.result ?? body.data
    if (body.status !== 0 || value === undefined) throw new Error(`Tencent location service ${path}: ${body.status} ${body.message ?? ''}`)
    return value
  }
  const at = (p: Point) => `${p.latitude},${p.longitude}`
  return {
    async reverse(p) {
      const r = await get<Reverse>('/ws/geocoder/v1/', { location: at(p), get_poi: '0' })
      return { latitude: p.latitude, longitude: p.longitude, name: r.formatted_addresses?.recommend || r.address, address: r.address }
    },
    async search(keyword, near) {
      const params: Record<string, string> = { keyword, page_size: '10', ...(cfg.region ? { region: cfg.region, region_fix: '1' } : {}), ...(near ? { location: at(near) } : {}) }
      const found = await get<Suggestion[]>('/ws/place/v1/suggestion/', params)
      return found.map((s): Place => ({ latitude: s.location.lat, longitude: s.location.lng, name: s.title, address: s.address }))
    },
  }
}

/** Tencent's location service where `TENCENT_MAP_KEY` is set; otherwise none (the district's gazetteer answers). */
export function locationServiceFrom(env: NodeJS.ProcessEnv): MapService | undefined {
  const key = env.TENCENT_MAP_KEY?.trim()
  return key ? tencentLocationService({ key, base: env.TENCENT_MAP_BASE, region: env.TENCENT_MAP_REGION }) : undefined
}
