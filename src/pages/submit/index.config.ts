export default definePageConfig({ navigationBarTitleText: '码上说事' })
