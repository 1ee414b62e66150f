import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useState } from 'react'
import { WORKBENCH } from '../../../components/role-paths'
import { ROLE_LABELS } from '../../../core/identity/roles'
import { errorMessage } from '../../../services/api/call'
import { nav, toast } from '../../../services/platform'
import { signInWithPassword } from '../../../services/session'
import { Page } from '../../../components/page'
import { labelled } from '../../../components/a11y'

/** 工作人员登录: at a desktop browser, with the account, password and the authenticator's code. */
export default function PasswordLogin() {
  const [account, setAccount] = useState('')
  const [password, setPassword] = useState('')
  const [totp, setTotp] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (!account.trim() || !password || !/^\d{6}$/.test(totp)) return toast('请填写账号、密码和 6 位动态码')
    setBusy(true)
    try {
      const user = await signInWithPassword(account.trim(), password, totp)
      toast(`已登录：${ROLE_LABELS[user.role]}`, 'success')
      const first = WORKBENCH[user.role]?.[0]
      if (first) nav.redirect(first.path)
      else nav.tab('/pages/me/index')
    } catch (e) {
      setTotp('')
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Page width='narrow'>
      <View className='card'>
        <Text className='section-title'>工作人员登录</Text>
        <Text className='field-label'>账号</Text>
        <Input {...labelled('账号')} className='input login-account' value={account} maxlength={32} onInput={(e) => setAccount(e.detail.value)} />
        <Text className='field-label'>密码</Text>
        <Input {...labelled('密码')} className='input login-password' password value={password} maxlength={128} onInput={(e) => setPassword(e.detail.value)} />
        <Text className='field-label'>动态码（验证器里的 6 位数字）</Text>
        <Input {...labelled('动态码')} className='input login-totp' type='number' value={totp} maxlength={6} onInput={(e) => setTotp(e.detail.value)} />
        <Button className='btn btn--primary sign-in' loading={busy} disabled={busy} onClick={() => void submit()}>
          登录
        </Button>
        <Text className='hint'>连续输错 5 次，账号锁定 15 分钟。还没有账号：先用绑定码绑定工作身份，再在“我的 → 登录密码与动态码”中设置。</Text>
      </View>
    </Page>
  )
}
