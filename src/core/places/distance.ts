/** A distance as people read it: 350 米 under a kilometre, else 1.2 公里. */
export const distanceText = (km: number): string => (km < 1 ? `${Math.round(km * 1000)} 米` : `${Math.round(km * 10) / 10} 公里`)
