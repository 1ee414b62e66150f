export default definePageConfig({ navigationBarTitleText: '履职核实', enablePullDownRefresh: true })
