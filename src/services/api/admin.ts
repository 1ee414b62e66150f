import type { adminEvent } from '../../core/admin/schemas'
import type { ImportCounts, WorkbookError } from '../../core/admin/workbook'
import type { BindingView, BoundPerson, IssuedBinding } from '../../core/identity/bindings'
import { callFunction, type Args } from './call'

/** `admin`: binding codes and the people holding roles (the admin, the office and station staff; subpackages only). */

export const issueBinding = (e: Args<typeof adminEvent, 'issueBinding'>) => callFunction<IssuedBinding>('admin', { action: 'issueBinding', ...e })
export const listBindings = (cursor?: string) => callFunction<{ items: BindingView[]; cursor?: string }>('admin', { action: 'bindings', ...(cursor ? { cursor } : {}) })
export const revokeBinding = (id: string) => callFunction<{ revoked: true }>('admin', { action: 'revokeBinding', id })
export const listPeople = (cursor?: string) => callFunction<{ items: BoundPerson[]; cursor?: string }>('admin', { action: 'people', ...(cursor ? { cursor } : {}) })
export const unbindPerson = (userId: string) => callFunction<{ unbound: true }>('admin', { action: 'unbind', userId })

/** The district's workbook: the empty template, the district as it is, and an import (a dry run first). */
export const workbookTemplate = () => callFunction<{ workbook: string }>('admin', { action: 'template' })
export const exportDistrict = () => callFunction<{ workbook: string }>('admin', { action: 'export' })
export const importDistrict = (workbook: string, dryRun: boolean) =>
  callFunction<{ errors: WorkbookError[]; counts: ImportCounts }>('admin', { action: 'import', workbook, dryRun })
