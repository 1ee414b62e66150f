import { adminEvent } from '../../src/core/admin/schemas'
import { districtExport, districtImport, districtTemplate } from '../admin/district-data'
import { bindingsList, issueBinding, peopleList, revokeBinding, unbind } from '../identity/bindings'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** `admin`: a district's administration — roles by binding code, and the district's own lists from and to Excel. */
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
    case 'template':
      return districtTemplate(ctx)
    case 'export':
      return districtExport(ctx)
    case 'import':
      return districtImport(ctx, e)
  }
}
