export default definePageConfig({ navigationBarTitleText: '约见', enablePullDownRefresh: true })
