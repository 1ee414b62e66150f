// A fake of the surface of wx-server-sdk that our adapter uses: init, DYNAMIC_CURRENT_ENV and
// getWXContext. The WeChat cloud cannot run here; this stands in for it, and nothing of ours.
let context = {}
exports.DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV')
exports.init = () => undefined
exports.getWXContext = () => context
/** Test hook: who the next call comes from. */
exports.__setCaller = (openid) => {
  context = openid ? { OPENID: openid, APPID: 'wx-test', UNIONID: undefined, ENV: 'test' } : {}
}
