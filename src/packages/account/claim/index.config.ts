export default definePageConfig({ navigationBarTitleText: '认领诉求' })
