export default definePageConfig({ navigationBarTitleText: '绑定工作身份' })
