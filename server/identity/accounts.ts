import type { Viewer } from '../../src/core/identity/viewer'
import type { Queryable } from '../db/queryable'
import { deputyUsers, findOrCreateResident, stationStaffUsers, viewerByToken } from './users-repository'

/** Who called, as the runtime knows them: a host session token, or a CloudBase OPENID (a resident until given a role). */
export const viewerOfToken = (q: Queryable, token: string): Promise<Viewer | null> => viewerByToken(q, token)
export const viewerOfOpenid = (q: Queryable, openid: string): Promise<Viewer> => findOrCreateResident(q, openid)

/** Whom to tell of something for a deputy: their signed-in accounts. */
export const accountsOfDeputy = (q: Queryable, deputyId: string): Promise<string[]> => deputyUsers(q, deputyId)

/** Whom to tell of something for a station: its staff. */
export const staffOfStation = (q: Queryable, stationId: string): Promise<string[]> => stationStaffUsers(q, stationId)
