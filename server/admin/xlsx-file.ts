import type ExcelJS from 'exceljs'
import yauzl from 'yauzl'

/** An .xlsx handed in as bytes: what kind of file it really is, how far it unpacks, and loaded once it is safe to. */

/**
 * What a district's workbook may unpack to: a real one of a whole district (hundreds of deputies)
 * is well under a megabyte; a file that claims more is refused before anything is unpacked.
 */
export const WORKBOOK_UNPACKED_MAX = 20 * 1024 * 1024
const WORKBOOK_ENTRIES_MAX = 500

/**
 * What an .xlsx (a zip) unpacks to, entries and bytes, stopping as soon as it is past the bounds;
 * each entry is inflated and thrown away, so a file that lies about its sizes is caught (yauzl
 * fails an entry that inflates past the size it declared). null: no zip at all.
 */
function unpackedSize(bytes: Buffer): Promise<{ entries: number; bytes: number } | null> {
  return new Promise((done) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return done(null)
      const seen = { entries: 0, bytes: 0 }
      const stop = (out: typeof seen | null) => (zip.close(), done(out))
      zip.on('entry', (e: yauzl.Entry) => {
        seen.entries++
        seen.bytes += e.uncompressedSize
        if (seen.entries > WORKBOOK_ENTRIES_MAX || seen.bytes > WORKBOOK_UNPACKED_MAX) return stop(seen)
        // An entry that cannot be read through, or inflates past what it declared, counts as too much.
        const lied = () => stop({ ...seen, bytes: Infinity })
        zip.openReadStream(e, (failed, stream) => {
          if (failed || !stream) return lied()
          stream.on('error', lied).on('end', () => zip.readEntry()).resume()
        })
      })
      zip.on('end', () => done(seen))
      zip.on('error', () => done(null))
      zip.readEntry()
    })
  })
}

/** What kind of file the bytes are: an .xlsx is a zip; an .xls, .et or a password-protected file is an OLE compound file. */
function refusedFile(bytes: Buffer): string | null {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return null
  const how = '在 Excel 或 WPS 中打开它，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件'
  if (bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) return `这是旧版 Excel（.xls）、WPS 表格（.et）或设了打开密码的文件，导入只认 .xlsx：请${how}（有密码的先取消密码）`
  if (bytes.length && !bytes.subarray(0, 4096).includes(0)) return `这是 CSV 或文本文件，导入只认 .xlsx：请用模板填写，或${how}`
  return '无法读取这个文件，请用模板填写后另存为 .xlsx'
}

/**
 * Loads an .xlsx into `wb` once it is one (not .xls, .et, a password-protected file or .csv) and
 * unpacks within bounds; else says what is wrong and how to save it as .xlsx.
 */
export async function loadWorkbook(wb: ExcelJS.Workbook, bytes: Buffer): Promise<string | null> {
  const wrongKind = refusedFile(bytes)
  if (wrongKind) return wrongKind
  const size = await unpackedSize(bytes)
  if (size && (size.bytes > WORKBOOK_UNPACKED_MAX || size.entries > WORKBOOK_ENTRIES_MAX)) {
    return `文件解压后超过 ${WORKBOOK_UNPACKED_MAX / 1024 / 1024} MB，不像是本区的数据表；请用模板重新填写后导入`
  }
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
    return null
  } catch {
    return '无法读取这个文件，请用模板填写后另存为 .xlsx'
  }
}
