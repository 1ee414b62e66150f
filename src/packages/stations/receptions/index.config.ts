export default definePageConfig({ navigationBarTitleText: '接待日', enablePullDownRefresh: true })
