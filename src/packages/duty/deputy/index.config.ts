export default definePageConfig({ navigationBarTitleText: '代表履职档案', enablePullDownRefresh: true })
