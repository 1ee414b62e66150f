export default definePageConfig({ navigationBarTitleText: '本站代表', enablePullDownRefresh: true })
