/** Metres per degree of latitude, and of longitude at the equator (enough for a few hundred metres). */
const M_PER_DEG_LAT = 110_574
const M_PER_DEG_LNG = 111_320

export interface Plot {
  /** Each point's place in a square frame, in percent from its west and north edges. */
  dots: { x: number; y: number }[]
  /** How far the points spread on the ground, east–west and north–south, in metres. */
  widthM: number
  heightM: number
}

/** Part of the frame the points may take: the rest is margin, so no dot sits on an edge. */
const SPREAD = 80

/**
 * Points laid out true to scale in a square frame, north up, their spread centred: a map of where
 * a group's cases are without a base map. One point, or points on one spot, sit in the middle.
 */
export function plotOf(points: readonly { latitude: number; longitude: number }[]): Plot {
  if (!points.length) return { dots: [], widthM: 0, heightM: 0 }
  const lat0 = Math.max(...points.map((p) => p.latitude))
  const lng0 = Math.min(...points.map((p) => p.longitude))
  const cos = Math.cos((lat0 * Math.PI) / 180)
  const metres = points.map((p) => ({ x: (p.longitude - lng0) * M_PER_DEG_LNG * cos, y: (lat0 - p.latitude) * M_PER_DEG_LAT }))
  const widthM = Math.max(...metres.map((m) => m.x))
  const heightM = Math.max(...metres.map((m) => m.y))
  const span = Math.max(widthM, heightM) || 1
  const place = (at: number, extent: number) => Math.round((50 + (SPREAD * (at - extent / 2)) / span) * 10) / 10
  return { dots: metres.map((m) => ({ x: place(m.x, widthM), y: place(m.y, heightM) })), widthM: Math.round(widthM), heightM: Math.round(heightM) }
}
