import { mayPrintPoster } from '../../src/core/deputies/access'
import { errors } from '../../src/core/errors'
import { encodeScene, unreachableCodeWarning, type Scene, type ShownCode } from '../../src/core/scene'
import { urlOf } from '../media/store'
import type { FnContext } from '../runtime/context'
import { findDeputy } from './directory'
import { posterDigest, renderPoster } from './poster-drawing'
import { keepPoster, keepQr, posterKey, qrKey } from './qr-repository'

/** A deputy's, station's or draft law's QR code: made once (wxacode in the cloud, a QR of the H5 page locally), then kept. */
async function qrKeyOf(ctx: FnContext, scene: Scene): Promise<string> {
  const { db, qr, media } = ctx.services
  if (!qr || !media) throw errors.validation.qrUnavailable('二维码')
  const target = qr.target ?? ''
  const kept = await qrKey(db, scene.kind, scene.code, target)
  if (kept) return kept
  const path = `media/qrcodes/${encodeScene(scene).replace('=', '-')}.png`
  return keepQr(db, scene.kind, scene.code, target, await media.put(path, await qr.render(scene)))
}

const shown = (ctx: FnContext, url: string): ShownCode => {
  const warning = unreachableCodeWarning(ctx.services.qr?.target)
  return warning ? { url, warning } : { url }
}

export async function qrUrl(ctx: FnContext, scene: Scene): Promise<ShownCode> {
  return shown(ctx, (await urlOf(ctx.services.media!, await qrKeyOf(ctx, scene))) ?? '')
}

/** The deputy's public code (scene d=<code>). */
export async function deputyQr(ctx: FnContext, code: string): Promise<ShownCode> {
  const deputy = await findDeputy(ctx.services.db, code)
  return qrUrl(ctx, { kind: 'deputy', code: deputy.code })
}

/** The deputy's poster (code, name, levels, station, slogan), drawn once per content and kept; for who may print it. */
export async function deputyPoster(ctx: FnContext, code: string): Promise<ShownCode> {
  const { db, media, posterFonts } = ctx.services
  const deputy = await findDeputy(db, code)
  const user = await ctx.requireUser()
  if (!mayPrintPoster(user, { id: deputy.id, stationId: deputy.station.id, districtId: deputy.districtId })) throw errors.forbidden.posterForbidden()
  if (!posterFonts?.length) throw errors.validation.qrUnavailable('海报')
  const qrPng = await media!.read(await qrKeyOf(ctx, { kind: 'deputy', code: deputy.code }))
  if (!qrPng) throw errors.validation.qrUnavailable('海报')
  const input = { qrPng, name: deputy.name, levels: deputy.levels, station: deputy.station.name }
  const digest = posterDigest(input)
  const kept = await posterKey(db, deputy.id, digest)
  const key = kept ?? (await keepPoster(db, deputy.id, digest, await media!.put(`media/posters/d-${deputy.code}-${digest}.png`, await renderPoster(input, posterFonts))))
  return shown(ctx, (await urlOf(media!, key)) ?? '')
}
