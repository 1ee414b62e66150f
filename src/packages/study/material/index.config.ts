export default definePageConfig({ navigationBarTitleText: '学习材料' })
