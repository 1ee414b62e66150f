export default definePageConfig({ navigationBarTitleText: '法规草案', enablePullDownRefresh: true })
