export default definePageConfig({ navigationBarTitleText: '五单统计', enablePullDownRefresh: true })
