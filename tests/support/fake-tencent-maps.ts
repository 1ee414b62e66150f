import { serveJson } from './json-fake'

/** The places the fake knows, in GCJ-02. */
const PLACES = [
  { title: '长治市潞州区人民政府', address: '山西省长治市潞州区英雄中路1号', location: { lat: 36.1954, lng: 113.1163 } },
  { title: '长治火车站', address: '山西省长治市潞州区西街街道站前路', location: { lat: 36.1946, lng: 113.1021 } },
]

/**
 * A local fake of Tencent's location service (WebService API) for key `k-test`: `ws/geocoder/v1`
 * answers the known place within about a kilometre of the point, and `ws/place/v1/suggestion` the
 * places whose title holds the keyword; a wrong key is Tencent's own status 311.
 */
export function fakeTencentMaps(): ReturnType<typeof serveJson> {
  return serveJson((url) => {
    const q = Object.fromEntries(url.searchParams)
    if (q.key !== 'k-test') return { status: 311, message: 'key格式错误' }
    if (url.pathname === '/ws/geocoder/v1/' && q.location) {
      const [lat, lng] = q.location.split(',').map(Number)
      const near = PLACES.find((p) => Math.abs(p.location.lat - lat) < 0.01 && Math.abs(p.location.lng - lng) < 0.01)
      return near
        ? { status: 0, message: 'query ok', result: { address: near.address, formatted_addresses: { recommend: `${near.title}附近`, rough: near.title }, location: { lat, lng } } }
        : { status: 0, message: 'query ok', result: { address: '山西省长治市潞州区', location: { lat, lng } } }
    }
    if (url.pathname === '/ws/place/v1/suggestion/' && q.keyword) {
      return { status: 0, message: 'query ok', count: 1, data: PLACES.filter((p) => p.title.includes(q.keyword)).map((p, i) => ({ id: String(i), ...p })) }
    }
    return { status: 310, message: '请求参数信息有误' }
  })
}
