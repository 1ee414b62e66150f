export default definePageConfig({ navigationBarTitleText: '代表建议办理统计', enablePullDownRefresh: true })
