export default definePageConfig({ navigationBarTitleText: '代表建议公开', enablePullDownRefresh: true })
