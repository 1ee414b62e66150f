import { adminEvent } from '../../src/core/admin/schemas'
import { districtExport, districtImport, districtTemplate } from '../admin/district-data'
import { recordList, removeDistrictRecord, reopenStation, saveRecord } from '../admin/district-records'
import { districtSettings, firstRunChecklist, regionTree, saveDistrictSettings } from '../admin/district-settings'
import { bindingsList, issueBinding, peopleList, revokeBinding, unbind } from '../identity/bindings'
import { resetCredentials } from '../identity/credentials'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** `admin`: a district's administration — roles by binding code; its settings, records, region tree and first-run checklist; its lists from and to Excel. */
export const admin: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(adminEvent, raw)
  switch (e.action) {
    case 'issueBinding':
      return issueBinding(ctx, e)
    case 'bindings':
      return bindingsList(ctx, e.cursor)
    case 'revokeBinding':
      return revokeBinding(ctx, e.id)
    case 'people':
      return peopleList(ctx, e.cursor)
    case 'unbind':
      return unbind(ctx, e.userId)
    case 'resetCredentials':
      return resetCredentials(ctx, e.userId)
    case 'template':
      return districtTemplate(ctx)
    case 'export':
      return districtExport(ctx)
    case 'import':
      return districtImport(ctx, e)
    case 'records':
      return recordList(ctx, e.sheet)
    case 'save':
      return saveRecord(ctx, e)
    case 'remove':
      return removeDistrictRecord(ctx, e)
    case 'reopen':
      return reopenStation(ctx, e)
    case 'settings':
      return districtSettings(ctx)
    case 'saveSettings':
      return saveDistrictSettings(ctx, e)
    case 'regions':
      return regionTree(ctx)
    case 'checklist':
      return firstRunChecklist(ctx)
  }
}
