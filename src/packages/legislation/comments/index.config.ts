export default definePageConfig({ navigationBarTitleText: '收到的意见', enablePullDownRefresh: true })
