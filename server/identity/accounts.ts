import { deputyUsers, dropExpiredSessions, findOrCreateResident, lockUser, stationStaffUsers, unlinkUser, viewerByToken } from './users-repository'

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

/** Ends an account at its owner's wish: unlinked from WeChat, signed out everywhere. */
export const endAccount = unlinkUser
