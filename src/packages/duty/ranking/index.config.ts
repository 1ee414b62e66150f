export default definePageConfig({ navigationBarTitleText: '履职积分', enablePullDownRefresh: true })
