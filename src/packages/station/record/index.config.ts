export default definePageConfig({ navigationBarTitleText: '征集与接待记录', enablePullDownRefresh: true })
