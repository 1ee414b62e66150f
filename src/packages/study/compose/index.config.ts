export default definePageConfig({ navigationBarTitleText: '发布宣传' })
