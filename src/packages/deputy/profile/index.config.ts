export default definePageConfig({ navigationBarTitleText: '我的资料与海报', enablePullDownRefresh: true })
