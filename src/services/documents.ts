import Taro from '@tarojs/taro'
import { mediaSrc, type PickedFile } from './media'
import { chooseBrowserFile } from './platform'

/** Picks one PDF (a chat's file in the mini-program, a file on disk in the browser) to upload; null when none was picked. */
export async function pickDocument(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] }).catch(() => null)
    const f = r?.tempFiles[0]
    return f ? { path: f.path, kind: 'document', size: f.size, durationSec: 0 } : null
  }
  const file = await chooseBrowserFile('.pdf,application/pdf')
  return file ? { path: URL.createObjectURL(file), kind: 'document', size: file.size, durationSec: 0 } : null
}

/**
 * Opens an attached PDF: WeChat's viewer in the mini-program (from which it is forwarded or
 * saved), a new tab in the browser. Answers a message for the person when it could not be opened.
 */
export async function openDocument(url: string): Promise<string | null> {
  const src = mediaSrc(url)
  if (process.env.TARO_ENV !== 'weapp') {
    window.open(src, '_blank', 'noopener')
    return null
  }
  const file = await Taro.downloadFile({ url: src }).catch(() => null)
  if (file?.statusCode !== 200) return '文件下载失败，请稍后再试'
  return Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true }).then(
    () => null,
    () => '无法打开这份文件',
  )
}
