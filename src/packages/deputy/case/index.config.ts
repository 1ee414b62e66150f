export default definePageConfig({ navigationBarTitleText: '答复诉求', enablePullDownRefresh: true })
