import { mediaEvent } from '../../src/core/media/schemas'
import { registerUpload } from '../media/uploads'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** `media` `{ action: 'register', key }`: an uploaded file becomes an attachment. */
export const media: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(mediaEvent, raw)
  return registerUpload(ctx, e.key)
}
