import Taro from '@tarojs/taro'
import { DOCX_MIME } from '../core/media/limits'
import { mediaSrc, type PickedFile } from './media'
import { chooseBrowserFile } from './platform'

const KINDS = {
  pdf: { kind: 'document', accept: '.pdf,application/pdf' },
  docx: { kind: 'docx', accept: `.docx,${DOCX_MIME}` },
} as const

/** Picks one PDF, or a Word file (a chat's file in the mini-program, a file on disk in the browser) to upload, with its name; null when none was picked. */
export async function pickDocument(type: keyof typeof KINDS = 'pdf'): Promise<(PickedFile & { name: string }) | null> {
  const { kind, accept } = KINDS[type]
  if (process.env.TARO_ENV === 'weapp') {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: [type] }).catch(() => null)
    const f = r?.tempFiles[0]
    return f ? { path: f.path, kind, size: f.size, durationSec: 0, name: f.name } : null
  }
  const file = await chooseBrowserFile(accept)
  return file ? { path: URL.createObjectURL(file), kind, size: file.size, durationSec: 0, name: file.name } : null
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

/** Opens an outside address: a new tab in the browser; the mini-program cannot open one, so it is copied for the person to paste in a browser. */
export async function openLink(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.setClipboardData({ data: url })
    await Taro.showToast({ title: '链接已复制，可在浏览器中打开', icon: 'none' })
    return
  }
  window.open(url, '_blank', 'noopener')
}
