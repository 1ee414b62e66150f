export default definePageConfig({ navigationBarTitleText: '本区设置' })
