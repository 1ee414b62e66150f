export default definePageConfig({ navigationBarTitleText: '联络站诉求', enablePullDownRefresh: true })
