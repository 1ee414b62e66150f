import type { Role } from './roles'

/**
 * Who is asking, with the scope their role acts in: read once from the user's row and handed
 * to every access rule (the `access.ts` of each feature).
 */
export interface Viewer {
  id: string
  role: Role
  deputyId: string | null
  stationId: string | null
  departmentId: string | null
  districtId: string | null
  /** The district whose standing committee the person sits on (a flag beside the role); null or absent: none. */
  memberOf?: string | null
}

/** The signed-in user as the client keeps it: the same scope, without the empty parts. */
export interface SessionUser {
  id: string
  role: Role
  deputyId?: string
  stationId?: string
  departmentId?: string
  districtId?: string
  /** A member of this district's standing committee (votes in its ballots). */
  memberOf?: string
}

export const sessionUserOf = (v: Viewer): SessionUser => ({
  id: v.id,
  role: v.role,
  ...(v.deputyId ? { deputyId: v.deputyId } : {}),
  ...(v.stationId ? { stationId: v.stationId } : {}),
  ...(v.departmentId ? { departmentId: v.departmentId } : {}),
  ...(v.districtId ? { districtId: v.districtId } : {}),
  ...(v.memberOf ? { memberOf: v.memberOf } : {}),
})
