import { Button } from '@tarojs/components'
import { useState } from 'react'
import { deleteAccount, myData } from '../services/api/auth'
import { errorMessage } from '../services/api/call'
import { confirmAction, keepText, nav, toast } from '../services/platform'
import { clearSession } from '../services/session'

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
    const sure = await confirmAction('注销账号', '注销后将退出登录，消息、关注和预约会被删除。已提交的诉求作为办理记录保留，但会去掉您的手机号和姓名。确定注销吗？', '注销')
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
      <Button className='btn btn--ghost delete-account' loading={busy === 'delete'} disabled={busy !== null} onClick={() => void remove()}>
        注销账号
      </Button>
    </>
  )
}
