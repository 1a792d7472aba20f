export default definePageConfig({ navigationBarTitleText: '分拣队列' })
