export default definePageConfig({ navigationBarTitleText: '人大代表', enableShareAppMessage: true, enableShareTimeline: true })
