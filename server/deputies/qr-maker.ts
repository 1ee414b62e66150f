import type { Scene } from '../../src/core/scene'

/** Makes the PNG of a QR code: WeChat's mini-program code in the cloud, a plain QR of the H5 URL locally. */
export interface QrMaker {
  render(scene: Scene): Promise<Buffer>
  /** The address the codes open, when they are plain QR codes of the H5 pages (none for WeChat's codes). */
  target?: string
}
