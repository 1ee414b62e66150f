import { NOTE_MAX, REASON_MAX, REPLY_TEXT_MAX } from '../core/limits'
import type { PersonAction } from '../core/cases/transitions'

export type Field =
  | { key: string; label: string; kind: 'text' | 'line'; max: number; optional?: boolean; placeholder?: string }
  | { key: string; label: string; kind: 'rating' | 'department' | 'case' | 'media' }

export interface Form {
  fields: Field[]
  /** What the confirm button says. */
  confirm: string
  danger?: boolean
}

const text = (key: string, label: string, max: number, placeholder?: string, optional?: boolean): Field => ({
  key, label, kind: 'text', max, placeholder, optional,
})

/** The form of each move: what the table's payload asks for, in words. */
export const FORMS = {
  accept: { fields: [], confirm: '确认受理' },
  answer: { fields: [text('text', '答复内容', REPLY_TEXT_MAX, '告诉群众您了解到的情况和下一步怎么办')], confirm: '发送答复' },
  decline: {
    fields: [text('reason', '不予受理的理由', REASON_MAX), { key: 'referral', label: '建议途径（选填）', kind: 'line', max: 100, optional: true, placeholder: '如 12345 热线、人民法院' }],
    confirm: '确认不予受理',
    danger: true,
  },
  requestDispatch: { fields: [text('note', '说明（选填）', NOTE_MAX, '需要哪个部门处理、为什么', true)], confirm: '申请派单' },
  dispatch: { fields: [{ key: 'departmentId', label: '承办部门', kind: 'department' }, text('note', '派单说明（选填）', NOTE_MAX, undefined, true)], confirm: '确认派单' },
  acceptOrder: { fields: [], confirm: '确认接单' },
  sendBack: { fields: [text('reason', '退单理由', REASON_MAX, '说明为什么不属于本部门办理')], confirm: '确认退单', danger: true },
  followUp: { fields: [text('text', '跟单记录', NOTE_MAX, '您了解到的进展、督促的情况')], confirm: '保存跟单记录' },
  resolve: {
    fields: [text('text', '办理结果', REPLY_TEXT_MAX, '怎么解决的，群众可以怎样核实'), { key: 'media', label: '现场照片（选填）', kind: 'media' }],
    confirm: '提交办结',
  },
  rate: {
    fields: [
      { key: 'resultRating', label: '对办理结果', kind: 'rating' },
      { key: 'followUpRating', label: '对代表跟进', kind: 'rating' },
      text('comment', '说几句（选填）', NOTE_MAX, undefined, true),
    ],
    confirm: '提交评价',
  },
  urge: { fields: [], confirm: '确认催办' },
  supervise: { fields: [text('note', '督办意见（选填）', NOTE_MAX, '要求办理人员何时前办结、说明什么', true)], confirm: '发出督办' },
  reopen: { fields: [text('reason', '重新办理的理由', REASON_MAX, '问题还有哪些没有解决')], confirm: '申请重新办理' },
  addInfo: { fields: [text('text', '补充说明', NOTE_MAX, '还有什么要告诉代表的：新情况、遗漏的细节'), { key: 'media', label: '照片（选填）', kind: 'media' }], confirm: '提交补充说明' },
  withdraw: { fields: [], confirm: '确认撤回', danger: true },
  merge: { fields: [{ key: 'intoId', label: '合并到', kind: 'case' }], confirm: '确认合并', danger: true },
} satisfies Record<PersonAction, Form>

export const formOf = (action: PersonAction): Form => FORMS[action]
