export default definePageConfig({ navigationBarTitleText: '法规草案征求意见', enablePullDownRefresh: true })
