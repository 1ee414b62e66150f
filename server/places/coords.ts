import gcoord from 'gcoord'
import type { Located } from '../../src/core/fields'

/** Every place is kept in GCJ-02, as WeChat's and Tencent's maps and the stations' own points are. */
export function toGcj02(p: Located): { latitude: number; longitude: number } {
  if (p.coord === 'gcj02') return { latitude: p.latitude, longitude: p.longitude }
  const [longitude, latitude] = gcoord.transform([p.longitude, p.latitude], gcoord.WGS84, gcoord.GCJ02)
  return { latitude: round(latitude), longitude: round(longitude) }
}

/** Six decimals: about 0.1 m, more than any phone knows. */
const round = (n: number) => Math.round(n * 1e6) / 1e6
