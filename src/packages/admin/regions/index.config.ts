export default definePageConfig({ navigationBarTitleText: '区域', enablePullDownRefresh: true })
