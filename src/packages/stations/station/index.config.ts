export default definePageConfig({ navigationBarTitleText: '联络站', enablePullDownRefresh: true })
