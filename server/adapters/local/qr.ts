import QRCode from 'qrcode'
import { deputyPagePath, encodeScene, type Scene } from '../../../src/core/scene'
import type { QrMaker } from '../../deputies/qr-maker'

/** The H5 page a scene opens: the same landing page the mini-program code opens in WeChat. */
export const scenePageUrl = (base: string, scene: Scene) =>
  scene.kind === 'deputy' ? `${base}${deputyPagePath(scene.code)}` : `${base}/pages/deputy/index?scene=${encodeURIComponent(encodeScene(scene))}`

/** A PNG QR code of the host's H5 URL (the qrcode package), for browsers and printing. */
export function localQr(publicBase: string): QrMaker {
  return {
    target: publicBase,
    render: (scene) => QRCode.toBuffer(scenePageUrl(publicBase, scene), { type: 'png', width: 600, margin: 2, errorCorrectionLevel: 'M' }),
  }
}
