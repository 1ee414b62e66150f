export default definePageConfig({ navigationBarTitleText: '本区数据', enablePullDownRefresh: true })
