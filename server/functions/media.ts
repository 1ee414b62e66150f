import { DomainError, isDomainError } from '../../src/core/errors'
import type { MediaItem } from '../../src/core/media'
import { mediaEvent } from '../../src/core/schemas'
import { insertMedia } from '../db/media-repository'
import { inspectMedia } from '../media/inspect'
import { itemsOf } from './case-media'
import { parseEvent, type FunctionHandler } from './runtime'

/**
 * `media` `{ action: 'register', key }`: an uploaded file becomes an attachment the person may
 * add to a case or a result. The bytes decide what it is; a file that fails is removed.
 */
export const media: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(mediaEvent, raw)
  const user = await ctx.requireUser()
  const store = ctx.services.media
  if (!store) throw new DomainError('VALIDATION', 'MEDIA.UNAVAILABLE', '暂时无法上传照片和视频，请只填写文字')
  if (!store.ownedBy(e.key, user.id)) throw new DomainError('FORBIDDEN', 'MEDIA.NOT_OWNER', '只能添加您自己上传的文件')
  const bytes = await store.read(e.key)
  if (!bytes) throw new DomainError('NOT_FOUND', 'MEDIA.MISSING', '文件没有上传完成，请重新添加')
  let found
  try {
    found = await inspectMedia(bytes)
  } catch (err) {
    if (isDomainError(err)) await store.remove(e.key)
    throw err
  }
  const row = await insertMedia(ctx.services.db, { ownerId: user.id, key: e.key, ...found })
  const [{ eventId: _none, ...item }] = await itemsOf(store, [row])
  return item satisfies MediaItem
}
