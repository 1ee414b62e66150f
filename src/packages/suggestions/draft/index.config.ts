export default definePageConfig({ navigationBarTitleText: '起草建议' })
