/** The common categories of concerns, as the seeds list them. */
export const DEFAULT_CATEGORIES = [
  '物业管理',
  '道路交通',
  '供暖供水',
  '停车',
  '环境卫生',
  '养老助残',
  '教育医疗',
  '就业创业',
  '矛盾纠纷',
  '其他',
] as const
