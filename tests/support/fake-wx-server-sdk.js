// A fake of the surface of wx-server-sdk that our adapters use: init, DYNAMIC_CURRENT_ENV,
// getWXContext, cloud storage (uploadFile, downloadFile, getTempFileURL, deleteFile),
// openapi.subscribeMessage.send, openapi.phonenumber.getPhoneNumber, openapi.wxacode.getUnlimited and
// openapi.security (msgSecCheck, mediaCheckAsync). The WeChat cloud
// cannot run here; this stands in for it, and nothing of ours.
let context = {}
const files = new Map()
exports.DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV')
exports.init = () => undefined
exports.getWXContext = () => context
exports.downloadFile = async ({ fileID }) => {
  if (!files.has(fileID)) throw Object.assign(new Error('storage file not exists'), { errCode: -503003 })
  return { fileContent: files.get(fileID), statusCode: 200, errMsg: 'downloadFile:ok' }
}
exports.getTempFileURL = async ({ fileList }) => ({
  errMsg: 'getTempFileURL:ok',
  fileList: fileList.map((fileID) =>
    files.has(fileID)
      ? { fileID, tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}`, maxAge: 7200, status: 0, errMsg: 'ok' }
      : { fileID, tempFileURL: '', maxAge: 0, status: -1, errMsg: 'file not exists' },
  ),
})
exports.deleteFile = async ({ fileList }) => {
  fileList.forEach((id) => files.delete(id))
  return { errMsg: 'deleteFile:ok', fileList: fileList.map((fileID) => ({ fileID, status: 0, errMsg: 'ok' })) }
}
const sentMessages = []
exports.uploadFile = async ({ cloudPath, fileContent }) => {
  const fileID = `cloud://test-env.7465/${cloudPath}`
  files.set(fileID, fileContent)
  return { fileID, statusCode: 200, errMsg: 'uploadFile:ok' }
}
const codesMade = []
const mediaChecks = []
exports.openapi = {
  // Stands in for WeChat's content security (v2): words with 【机审违规】 are risky, with 【机审存疑】
  // doubtful, and 【机审故障】 makes the call fail; a picture check answers a trace id, its result pushed later.
  security: {
    msgSecCheck: async ({ content, version, scene, openid }) => {
      if (version !== 2 || !openid || ![1, 2, 3, 4].includes(scene) || typeof content !== 'string' || content.length > 2500) {
        throw Object.assign(new Error('errCode: 47001 | errMsg: data format error'), { errCode: 47001 })
      }
      if (content.includes('【机审故障】')) throw Object.assign(new Error('errCode: -1 | errMsg: system error'), { errCode: -1 })
      const suggest = content.includes('【机审违规】') ? 'risky' : content.includes('【机审存疑】') ? 'review' : 'pass'
      return { errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest, label: suggest === 'pass' ? 100 : 20006 }, detail: [] }
    },
    mediaCheckAsync: async (p) => {
      if (p.version !== 2 || p.mediaType !== 2 || !p.openid || !/^https?:\/\//.test(p.mediaUrl)) {
        throw Object.assign(new Error('errCode: 47001 | errMsg: data format error'), { errCode: 47001 })
      }
      const traceId = `trace-${mediaChecks.length + 1}-${Math.random().toString(36).slice(2)}`
      mediaChecks.push({ ...p, traceId })
      return { errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok', traceId }
    },
  },
  // Stands in for WeChat's mini-program code: a fixed PNG header and the scene, recorded.
  wxacode: {
    getUnlimited: async (p) => {
      codesMade.push(p)
      return { contentType: 'image/png', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(p.scene)]) }
    },
  },
  // A getPhoneNumber button's code: 'code-<11 digits>' stands for a real one; anything else is expired.
  phonenumber: {
    getPhoneNumber: async ({ code }) => {
      const m = /^code-(\d{11})$/.exec(code)
      if (!m) throw Object.assign(new Error('errCode: 40029 | errMsg: invalid code'), { errCode: 40029 })
      return { errCode: 0, phoneInfo: { phoneNumber: m[1], purePhoneNumber: m[1], countryCode: '86' } }
    },
  },
  subscribeMessage: {
    send: async (p) => {
      sentMessages.push(p)
      return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
    },
  },
}
/** Test hook: the mini-program codes asked for so far. */
exports.__codesMade = () => codesMade
/** Test hook: the picture checks asked for so far, each with the trace id answered. */
exports.__mediaChecks = () => mediaChecks
/** Test hook: the subscribe messages sent so far. */
exports.__sent = () => sentMessages
/**
 * Test hook: who the next call comes from — a user of the mini-program (SOURCE wx_client), or with
 * no openid whatever `source` says (wx_http: WeChat's HTTP API; none: a delivery of WeChat's own,
 * as a message push arrives).
 */
exports.__setCaller = (openid, source) => {
  context = openid ? { OPENID: openid, APPID: 'wx-test', UNIONID: undefined, ENV: 'test', SOURCE: source ?? 'wx_client' } : source ? { ENV: 'test', SOURCE: source } : {}
}
/** Test hook: a file as wx.cloud.uploadFile leaves it in storage. */
exports.__putFile = (fileID, bytes) => files.set(fileID, bytes)
exports.__hasFile = (fileID) => files.has(fileID)
