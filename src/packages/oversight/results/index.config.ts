export default definePageConfig({ navigationBarTitleText: '测评结果', enablePullDownRefresh: true })
