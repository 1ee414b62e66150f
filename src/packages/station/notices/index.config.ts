export default definePageConfig({ navigationBarTitleText: '接待公告', enablePullDownRefresh: true })
