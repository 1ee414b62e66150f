export default definePageConfig({ navigationBarTitleText: '本区开通', enablePullDownRefresh: true })
