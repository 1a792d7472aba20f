export default definePageConfig({ navigationBarTitleText: '任务处理' })
