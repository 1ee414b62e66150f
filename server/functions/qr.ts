import { DomainError } from '../../src/core/errors'
import type { Scene } from '../../src/core/scene'
import type { DeputyRecord } from '../db/deputies-repository'
import { keepPoster, keepQr, posterKey, qrKey } from '../db/qr-repository'
import { urlOf } from '../media/store'
import { posterDigest, renderPoster } from '../qr/poster'
import type { FnContext } from './runtime'

const unavailable = (what: string) => new DomainError('VALIDATION', 'QR.UNAVAILABLE', `暂时无法生成${what}`)

/** A deputy's or station's QR code: made once (wxacode in the cloud, a QR of the H5 page locally), then kept. */
async function qrKeyOf(ctx: FnContext, scene: Scene): Promise<string> {
  const { db, qr, media } = ctx.services
  if (!qr || !media) throw unavailable('二维码')
  const kept = await qrKey(db, scene.kind, scene.code)
  if (kept) return kept
  const path = `media/qrcodes/${scene.kind === 'deputy' ? 'd' : 's'}-${scene.code}.png`
  return keepQr(db, scene.kind, scene.code, await media.put(path, await qr.render(scene)))
}

export async function qrUrl(ctx: FnContext, scene: Scene): Promise<string> {
  return (await urlOf(ctx.services.media!, await qrKeyOf(ctx, scene))) ?? ''
}

/** The deputy's poster (code, name, levels, station, slogan), drawn once per content and kept. */
export async function posterUrl(ctx: FnContext, deputy: DeputyRecord): Promise<string> {
  const { db, media, posterFonts } = ctx.services
  if (!posterFonts?.length) throw unavailable('海报')
  const qrPng = await media!.read(await qrKeyOf(ctx, { kind: 'deputy', code: deputy.code }))
  if (!qrPng) throw unavailable('海报')
  const input = { qrPng, name: deputy.name, levels: deputy.levels, station: deputy.station.name }
  const digest = posterDigest(input)
  const kept = await posterKey(db, deputy.id, digest)
  if (kept) return (await urlOf(media!, kept)) ?? ''
  const png = await renderPoster(input, posterFonts)
  const key = await keepPoster(db, deputy.id, digest, await media!.put(`media/posters/d-${deputy.code}-${digest}.png`, png))
  return (await urlOf(media!, key)) ?? ''
}
