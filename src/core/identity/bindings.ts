import type { Viewer } from './viewer'
import { ROLE_LABELS, type Role } from './roles'

/** Binding codes: 8 characters with no 0/O, 1/I/L or 2/Z to mistake for one another. */
export const BINDING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXY3456789'
export const BINDING_LENGTH = 8
export const BINDING_DAYS = 7

/** What a person types, read the way it was meant: case, spaces and dashes do not matter. */
export const normalizeBindingCode = (raw: string) => raw.toUpperCase().replace(/[\s-]/g, '')

/** The roles a binding gives (everyone is a resident without one). */
export type BoundRole = Exclude<Role, 'resident'>

/** What a binding gives: a role, or membership of the district's standing committee (a flag; the role unchanged). */
export type BindingGrant = BoundRole | 'member'
export const GRANT_LABELS: Record<BindingGrant, string> = { ...ROLE_LABELS, member: '常委会组成人员' }

/** Where a binding puts the person: a role and the station, deputy or department it acts for. */
export interface BindingTarget {
  role: BindingGrant
  districtId: string
  stationId: string | null
}

/**
 * Who gives which role: the admin any, and membership of the standing committee; the office its
 * district's station staff, department handlers, the contact points' consultants and members; a
 * station's staff their own station's deputies.
 */
export function issuesBinding(v: Viewer, t: BindingTarget): boolean {
  if (v.role === 'admin') return v.districtId !== null && v.districtId === t.districtId
  if (v.role === 'office') return ['staff', 'department', 'consultant', 'member'].includes(t.role) && v.districtId === t.districtId
  if (v.role === 'staff') return t.role === 'deputy' && t.stationId !== null && v.stationId === t.stationId
  return false
}

/** Whose page lists codes and bound people at all. */
export const managesBindings = (v: Viewer): boolean => v.role === 'admin' || v.role === 'office' || v.role === 'staff'

/** What the 绑定码 page lists: the issuer's own scope. */
export const bindingScope = (v: Viewer): { districtId: string | null; stationId: string | null } =>
  v.role === 'staff' ? { districtId: v.districtId, stationId: v.stationId } : { districtId: v.districtId, stationId: null }

export type BindingStatus = 'waiting' | 'used' | 'expired' | 'revoked'

export interface BindingView {
  id: string
  hint: string
  role: BindingGrant
  /** 太东社区联络站, 王建国（LZ001）, 区住建局 … */
  scopeName: string
  status: BindingStatus
  createdAt: string
  expiresAt: string
  usedAt: string | null
}

export interface BoundPerson {
  id: string
  role: BoundRole
  scopeName: string
  since: string
}

/** A code just issued: shown once (only its hash is kept), also as a QR (an SVG data URL) to scan in 扫码绑定. */
export interface IssuedBinding {
  id: string
  code: string
  expiresAt: string
  qr: string
}
