export default definePageConfig({ navigationBarTitleText: '代表学习', enablePullDownRefresh: true })
