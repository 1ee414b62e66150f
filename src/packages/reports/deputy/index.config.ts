export default definePageConfig({ navigationBarTitleText: '我的五单统计', enablePullDownRefresh: true })
