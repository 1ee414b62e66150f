import { Button } from './button'
import { useState } from 'react'
import { deleteAccount, myData } from '../services/api/auth'
import { errorMessage } from '../services/api/call'
import { confirmAction, keepText, nav, toast } from '../services/platform'
import { clearSession } from '../services/session'

/**
 * What deleting an account does, told before it is done (PIPL: the person is told what is kept
 * and why): what goes, what stays detached, and the keyed hash of their WeChat identity that keeps
 * "once per person" once per person.
 */
export const DELETION_NOTICE =
  '注销后将退出登录，消息、关注和预约会被删除。已提交的诉求作为办理记录保留，但会去掉您的手机号、姓名和门牌，位置只保留到约百米。' +
  '为保证述职评议、举报和提交次数限制“一人一次”，我们会保留由您的微信身份算出的一串加密摘要（无法还原出微信号）：您以后再来使用会是一个新的空账号，但此前的评议、举报和次数限制仍算作您的。确定注销吗？'

/** A resident's own data: everything held about them, to keep; and ending their account. */
export function MyDataActions() {
  const [busy, setBusy] = useState<'export' | 'delete' | null>(null)

  const exportAll = async () => {
    setBusy('export')
    try {
      const data = await myData()
      toast(await keepText(`码上说事-我的数据-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(data, null, 2)), 'success')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  const remove = async () => {
    const sure = await confirmAction('注销账号？此操作不可恢复', DELETION_NOTICE, '注销')
    if (!sure) return
    setBusy('delete')
    try {
      await deleteAccount()
      clearSession()
      toast('账号已注销', 'success')
      void nav.tab('/pages/index/index')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <Button className='btn btn--ghost export-my-data' loading={busy === 'export'} disabled={busy !== null} onClick={() => void exportAll()}>
        下载我的数据
      </Button>
      <Button className='btn btn--danger delete-account' loading={busy === 'delete'} disabled={busy !== null} onClick={() => void remove()}>
        注销账号（不可恢复）
      </Button>
    </>
  )
}
