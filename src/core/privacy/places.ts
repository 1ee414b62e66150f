import type { CaseLocation } from '../fields'
import { redactPersonal } from './redact'

/** Three decimals of a degree: about 111 m north–south, under 100 m east–west in China. */
export const roundPlace = (n: number): number => Math.round(n * 1000) / 1000

/** A place as a deleted account leaves it on its cases (and as open data shows one): about 100 m, its name without doors, no address. */
export const coarseLocation = (l: CaseLocation): CaseLocation => ({
  latitude: roundPlace(l.latitude),
  longitude: roundPlace(l.longitude),
  ...(l.name ? { name: redactPersonal(l.name) } : {}),
})
