import { DomainError } from '../../src/core/errors'
import type { Scene } from '../../src/core/scene'
import { keepQr, qrKey } from '../db/qr-repository'
import type { FnContext } from './runtime'

/** A deputy's or station's QR code: made once (wxacode in the cloud, a QR of the H5 page locally), then kept. */
export async function qrUrl(ctx: FnContext, scene: Scene): Promise<string> {
  const { db, qr, media } = ctx.services
  if (!qr || !media) throw new DomainError('VALIDATION', 'QR.UNAVAILABLE', '暂时无法生成二维码')
  let key = await qrKey(db, scene.kind, scene.code)
  if (!key) {
    const path = `media/qrcodes/${scene.kind === 'deputy' ? 'd' : 's'}-${scene.code}.png`
    key = await keepQr(db, scene.kind, scene.code, await media.put(path, await qr.render(scene)))
  }
  return (await media.urls([key])).get(key) ?? ''
}
