/**
 * 用户隐私保护提示: WeChat asks before the first use of location, photos, video or the phone
 * number (wx.onNeedPrivacyAuthorization). A native component, as WeChat's own sample does it,
 * because the agree button must be a real `open-type="agreePrivacyAuthorization"` button.
 * Put one on each page that uses such an API; the page whose component is on screen answers.
 */
const WHAT = {
  getLocation: ['位置', '把诉求发给离您最近的联络站'],
  chooseLocation: ['位置', '在地图上标出问题所在的地方'],
  chooseMedia: ['相册和相机', '拍摄或选择问题现场的照片和视频'],
  chooseImage: ['相册和相机', '拍摄或选择问题现场的照片'],
  getPhoneNumber: ['手机号', '让代表和工作人员能回电联系您'],
}

Component({
  data: { show: false, what: '个人信息', purpose: '办理您的诉求', contract: '《码上说事隐私保护指引》' },
  lifetimes: {
    attached() {
      if (typeof wx.getPrivacySetting === 'function') {
        wx.getPrivacySetting({ success: (r) => r.privacyContractName && this.setData({ contract: r.privacyContractName }) })
      }
      if (typeof wx.onNeedPrivacyAuthorization !== 'function') return
      wx.onNeedPrivacyAuthorization((resolve, eventInfo) => {
        const [what, purpose] = WHAT[eventInfo && eventInfo.referrer] || ['个人信息', '办理您的诉求']
        this.resolve = resolve
        this.setData({ show: true, what, purpose })
      })
    },
    detached() {
      // Never leave WeChat waiting on a page that is gone.
      this.answer({ event: 'disagree' })
    },
  },
  methods: {
    answer(result) {
      if (this.resolve) this.resolve(result)
      this.resolve = null
      if (this.data.show) this.setData({ show: false })
    },
    agree() {
      this.answer({ buttonId: 'agree-btn', event: 'agree' })
      this.triggerEvent('answered', { agreed: true })
    },
    disagree() {
      this.answer({ event: 'disagree' })
      this.triggerEvent('answered', { agreed: false })
    },
    openContract() {
      if (typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract({})
    },
  },
})
