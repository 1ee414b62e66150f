export default definePageConfig({ navigationBarTitleText: '学习宣传', enablePullDownRefresh: true })
