import { encodeScene } from '../../../src/core/scene'
import type { QrMaker } from '../../deputies/qr-maker'

/** The part of wx-server-sdk this uses; tests hand in a fake of the same surface. */
export interface WxacodeSdk {
  openapi: { wxacode: { getUnlimited(p: Record<string, unknown>): Promise<{ buffer: Buffer }> } }
}

/** Mini-program codes through cloud.openapi.wxacode.getUnlimited (no limit on count; 5,000 a minute). */
export function wxacode(sdk: WxacodeSdk): QrMaker {
  return {
    async render(scene) {
      const r = await sdk.openapi.wxacode.getUnlimited({ scene: encodeScene(scene), page: 'pages/deputy/index', checkPath: false, width: 600 })
      return r.buffer
    },
  }
}
