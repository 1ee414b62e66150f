export default definePageConfig({ navigationBarTitleText: '代表收件箱', enablePullDownRefresh: true })
