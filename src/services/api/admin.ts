import type { adminEvent } from '../../core/admin/schemas'
import type { ChecklistItem, DistrictSettings, ImportCounts, RecordView, RegionNode, RemoveOutcome, SheetName, WorkbookError, WorkbookNotice } from '../../core/admin/workbook'
import type { BindingView, BoundPerson, IssuedBinding } from '../../core/identity/bindings'
import { callFunction, type Args } from './call'

/** `admin`: binding codes and the people holding roles (the admin, the office and station staff; subpackages only). */

export const issueBinding = (e: Args<typeof adminEvent, 'issueBinding'>) => callFunction<IssuedBinding>('admin', { action: 'issueBinding', ...e })
export const listBindings = (cursor?: string) => callFunction<{ items: BindingView[]; cursor?: string }>('admin', { action: 'bindings', ...(cursor ? { cursor } : {}) })
export const revokeBinding = (id: string) => callFunction<{ revoked: true }>('admin', { action: 'revokeBinding', id })
export const listPeople = (cursor?: string) => callFunction<{ items: BoundPerson[]; cursor?: string }>('admin', { action: 'people', ...(cursor ? { cursor } : {}) })
export const unbindPerson = (userId: string) => callFunction<{ unbound: true }>('admin', { action: 'unbind', userId })
/** `admin resetCredentials`: the person's password and second factor cleared, their sessions ended; a new first setup for a day. */
export const resetCredentials = (userId: string) => callFunction<{ reset: true }>('admin', { action: 'resetCredentials', userId })

/** The district's workbook: the empty template, the district as it is, and an import (a dry run first). */
export const workbookTemplate = () => callFunction<{ workbook: string }>('admin', { action: 'template' })
export const exportDistrict = () => callFunction<{ workbook: string }>('admin', { action: 'export' })
export const importDistrict = (workbook: string, dryRun: boolean) =>
  callFunction<{ errors: WorkbookError[]; notices: WorkbookNotice[]; counts: ImportCounts }>('admin', { action: 'import', workbook, dryRun })

/** The district's settings, records one by one (each at its version), the region tree and the first-run checklist. */
export const districtSettings = () => callFunction<DistrictSettings>('admin', { action: 'settings' })
export const saveDistrictSettings = (s: DistrictSettings) => callFunction<DistrictSettings>('admin', { action: 'saveSettings', ...s })
export const listRecords = (sheet: SheetName) => callFunction<{ items: RecordView[] }>('admin', { action: 'records', sheet })
export const saveRecord = (e: Omit<Args<typeof adminEvent, 'save'>, 'sheet'> & { sheet: SheetName }) => callFunction<RecordView>('admin', { action: 'save', ...e })
export const removeRecord = (sheet: SheetName, key: string, version: number) => callFunction<RemoveOutcome>('admin', { action: 'remove', sheet, key, version })
export const reopenStation = (key: string, version: number) => callFunction<RecordView>('admin', { action: 'reopen', key, version })
export const regionTree = () => callFunction<{ root: RegionNode | null }>('admin', { action: 'regions' })
export const firstRunChecklist = () => callFunction<{ items: ChecklistItem[] }>('admin', { action: 'checklist' })
