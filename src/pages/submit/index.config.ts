// The privacy prompt is a native weapp component (src/services/native); H5 asks through the browser.
export default definePageConfig({
  navigationBarTitleText: '码上说事',
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'privacy-popup': '../../services/native/privacy-popup/index' } } : {}),
})
