import { departmentUsers, deputyUsers, dropExpiredSessions, findOrCreateResident, lockUser, officeUsers, personAccountsSql, stationStaffUsers, unlinkUser, viewerByToken } from './users-repository'

/** Who called, as the runtime knows them: a host session token (or nobody), or a CloudBase OPENID (a resident until given a role). */
export const viewerOfToken = viewerByToken
export const viewerOfOpenid = findOrCreateResident

/** Whom to tell of something for a deputy: their signed-in accounts. */
export const accountsOfDeputy = deputyUsers

/** Whom to tell of something for a station: its staff. */
export const staffOfStation = stationStaffUsers

/** Ends the sessions that have run out (the timer's retention chore). */
export const endExpiredSessions = dropExpiredSessions

/** Makes the person's own overlapping actions (parallel submissions) take turns. */
export const lockAccount = lockUser

/** Ends an account at its owner's wish: unlinked from WeChat, signed out everywhere, its identity kept as a keyed hash with the person. */
export const endAccount = unlinkUser

/**
 * SQL naming every account of one person, given the SQL of one of them (a parameter): what a
 * once-per-person rule or a per-person limit counts over, so deleting an account starts none afresh.
 */
export const accountsOfPerson = personAccountsSql

/** Whom to tell of something for a district's office: its office accounts. */
export const officeOf = officeUsers

/** Whom to tell of something for departments: their handlers' accounts. */
export const handlersOf = departmentUsers
