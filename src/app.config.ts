export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/deputy/index',
    'pages/submit/index',
    'pages/success/index',
    'pages/mine/index',
    'pages/case/index',
    'pages/messages/index',
    'pages/me/index',
    'pages/privacy/index',
  ],
  // The staff roles' pages, each role in its own subpackage; the resident path stays in the main package.
  subPackages: [
    { root: 'packages/deputy', pages: ['inbox/index', 'case/index', 'profile/index'] },
    { root: 'packages/station', pages: ['queue/index', 'case/index', 'roster/index', 'notices/index', 'deputies/index', 'record/index', 'call/index'] },
    // The station directory and station pages: anyone may browse them, so a subpackage of their own.
    { root: 'packages/stations', pages: ['index/index', 'station/index', 'notice/index', 'appointments/index', 'receptions/index'] },
    { root: 'packages/department', pages: ['orders/index', 'case/index'] },
    { root: 'packages/office', pages: ['board/index', 'case/index'] },
    // Every role's 五单统计 in one subpackage, so the chart library is downloaded once.
    { root: 'packages/reports', pages: ['office/index', 'station/index', 'deputy/index', 'suggestions/index', 'legislation/index'] },
    // Content safety: the 审核 queue (staff, the office, the admin) and the admin's word list.
    { root: 'packages/review', pages: ['queue/index', 'words/index'] },
    // Roles: anyone binds with a code they were given; the admin, the office and staff issue codes.
    { root: 'packages/account', pages: ['bind/index', 'login/index', 'security/index', 'claim/index'] },
    // 履职: every role's record, points, tasks and 述职 in one subpackage, the public's record of a deputy with them.
    { root: 'packages/duty', pages: ['deputy/index', 'mine/index', 'record/index', 'report/index', 'verify/index', 'ranking/index'] },
    // 建议办理: deputies' suggestions, the office's 审查 and 交办, the units' handling.
    { root: 'packages/suggestions', pages: ['list/index', 'draft/index', 'detail/index', 'public/index'] },
    // 基层立法联系点: residents read and comment on draft laws; the team reads the comments; the office puts drafts up.
    { root: 'packages/legislation', pages: ['list/index', 'read/index', 'new/index', 'comments/index', 'experts/index'] },
    // 学习宣传: stations' and the district's publicity items for residents; the deputies' reading list and quizzes.
    { root: 'packages/study', pages: ['corner/index', 'compose/index', 'materials/index', 'material/index'] },
    // 任后监督: the office's officials and ballots; a member's ballot from the room's QR; the results for the room.
    { root: 'packages/oversight', pages: ['office/index', 'ballot/index', 'results/index'] },
    { root: 'packages/admin', pages: ['bindings/index', 'district/index', 'home/index', 'settings/index', 'records/index', 'regions/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '码上说事',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/mine/index', text: '我的诉求', iconPath: 'assets/tab/cases.png', selectedIconPath: 'assets/tab/cases-on.png' },
      { pagePath: 'pages/messages/index', text: '消息', iconPath: 'assets/tab/messages.png', selectedIconPath: 'assets/tab/messages-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  // No slide between pages in H5: quicker on low-end phones, and screenshots show settled pages.
  animation: false,
  requiredPrivateInfos: ['chooseLocation', 'getLocation'],
  permission: { 'scope.userLocation': { desc: '用于标注您反映问题的位置' } },
  __usePrivacyCheck__: true,
  // Voice input through WeChat's 同声传译 (added to the mini-program's account first; TARO_APP_WECHAT_SI=1).
  ...(process.env.TARO_APP_WECHAT_SI === '1' ? { plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } } } : {}),
})
