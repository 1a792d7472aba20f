export default definePageConfig({ navigationBarTitleText: '网格助手', enablePullDownRefresh: false })
