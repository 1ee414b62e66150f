export default definePageConfig({ navigationBarTitleText: '绑定码与人员', enablePullDownRefresh: true })
