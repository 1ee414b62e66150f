export default definePageConfig({ navigationBarTitleText: '立法联系点统计', enablePullDownRefresh: true })
