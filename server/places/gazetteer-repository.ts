import { containsPattern, type Queryable } from '../db/queryable'

/** A station as the gazetteer names places by it. */
export interface KnownPlace {
  name: string
  street: string
  address: string
  /** The community (社区) it sits in, when it has one. */
  community: string | null
  district: string
  latitude: number
  longitude: number
}

/** Every open station with a point, with its district's and community's names; matching the words when given. */
export async function knownPlaces(q: Queryable, words?: string): Promise<KnownPlace[]> {
  return q.query<KnownPlace>(
    `select s.name, s.street, s.address, r.name as community, d.name as district, s.latitude, s.longitude
       from stations s join districts d on d.id = s.district_id
       left join regions r on r.id = s.region_id and r.level = 'community'
      where s.active and s.latitude is not null and s.longitude is not null
        and ($1::text is null or s.name ilike $1 or s.street ilike $1 or s.address ilike $1 or r.name ilike $1)
      order by s.code limit 500`,
    [containsPattern(words)],
  )
}
