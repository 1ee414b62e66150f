import { plotOf } from '../../src/core/places/plot'

describe('plotOf: a group’s places in a square frame, north up, true to scale', () => {
  it('puts one place, or places on one spot, in the middle', () => {
    expect(plotOf([])).toEqual({ dots: [], widthM: 0, heightM: 0 })
    expect(plotOf([{ latitude: 36.2, longitude: 113.1 }])).toEqual({ dots: [{ x: 50, y: 50 }], widthM: 0, heightM: 0 })
    expect(plotOf([{ latitude: 36.2, longitude: 113.1 }, { latitude: 36.2, longitude: 113.1 }]).dots).toEqual([{ x: 50, y: 50 }, { x: 50, y: 50 }])
  })

  it('spreads places west to east and north to south with the same scale both ways, centred, inside a margin', () => {
    // About 180 m apart east–west (0.002° of longitude at 36.2°N), and 110 m north–south (0.001° of latitude).
    const p = plotOf([
      { latitude: 36.201, longitude: 113.1 },
      { latitude: 36.2, longitude: 113.102 },
    ])
    expect(p.widthM).toBe(180)
    expect(p.heightM).toBe(111)
    // The wider spread takes 80% of the frame; the narrower one the same metres per percent, centred.
    expect(p.dots[0]).toEqual({ x: 10, y: 25.4 })
    expect(p.dots[1]).toEqual({ x: 90, y: 74.6 })
  })
})
