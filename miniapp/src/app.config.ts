export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/report/index',
    'pages/mine/index',
    'pages/detail/index',
    'pages/legal/index',
    'pages/tasks/index',
    'pages/task/index',
    'pages/dashboard/index',
    'pages/triage/index',
    'pages/admin/index',
    'pages/privacy/index'
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#ededed',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '网格助手',
    navigationBarTextStyle: 'black'
  },
  permission: {
    'scope.userLocation': { desc: '用于记录您反映问题的位置，方便网格员上门处理' }
  },
  requiredPrivateInfos: ['getLocation']
})
