export default definePageConfig({ navigationBarTitleText: '新建征求意见' })
