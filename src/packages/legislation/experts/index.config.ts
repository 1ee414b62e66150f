export default definePageConfig({ navigationBarTitleText: '立法联系点专家库', enablePullDownRefresh: true })
