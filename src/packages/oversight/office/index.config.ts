export default definePageConfig({ navigationBarTitleText: '任后监督', enablePullDownRefresh: true })
