import { Image, Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useState } from 'react'
import { useBusy } from '../../../components/use-busy'
import { confirmTotp, enrolTotp, setPassword, type CredentialProof } from '../../../services/api/auth'
import { toast } from '../../../services/platform'
import { Page } from '../../../components/page'
import { alt } from '../../../components/a11y'

/**
 * 登录密码与动态码: a bound staff member names an account, sets a password, and enrols an
 * authenticator app (scan the QR, type the code it shows) to sign in at a desktop browser. The
 * first setup is open for a day after binding (or an admin's reset); after that a change of
 * password or of authenticator asks for the current password and a current code.
 */
export default function Security() {
  const [changing, setChanging] = useState(false)
  const [current, setCurrent] = useState({ password: '', code: '' })
  const [account, setAccount] = useState('')
  const [password, setPwd] = useState('')
  const [enrolment, setEnrolment] = useState<{ secret: string; qr: string } | null>(null)
  const [code, setCode] = useState('')
  const [done, setDone] = useState(false)
  const [busy, run] = useBusy()
  const proof = (): CredentialProof | null => {
    if (!changing) return {}
    if (current.password && /^\d{6}$/.test(current.code)) return { currentPassword: current.password, currentTotp: current.code }
    toast('请填写当前密码和验证器上的 6 位动态码')
    return null
  }
  const afterChange = () => setCurrent({ password: '', code: '' })
  return (
    <Page width='narrow'>
      <View className='card'>
        <Button className={`btn btn--small ${changing ? 'btn--primary' : 'btn--ghost'} change-credentials`} onClick={() => setChanging((c) => !c)}>
          {changing ? '修改已有的登录方式' : '已设置过？修改密码或更换验证器'}
        </Button>
        {changing && (
          <>
            <Text className='hint'>修改需要当前密码和验证器上当前的 6 位动态码。忘记了请联系系统管理员重置。</Text>
            <Input className='input current-password' password value={current.password} placeholder='当前密码' maxlength={128} onInput={(e) => setCurrent((c) => ({ ...c, password: e.detail.value }))} />
            <Input className='input current-code' type='number' value={current.code} placeholder='当前动态码（6 位）' maxlength={6} onInput={(e) => setCurrent((c) => ({ ...c, code: e.detail.value }))} />
          </>
        )}
      </View>
      <View className='card'>
        <Text className='section-title'>{changing ? '修改账号和密码' : '1. 设置账号和密码'}</Text>
        <Input className='input security-account' value={account} placeholder='账号名（字母、数字）' maxlength={32} onInput={(e) => setAccount(e.detail.value)} />
        <Input className='input security-password' password value={password} placeholder='新密码（至少 10 位，含字母和数字）' maxlength={128} onInput={(e) => setPwd(e.detail.value)} />
        <Button
          className='btn btn--primary save-password'
          loading={busy}
          disabled={busy}
          onClick={() => void run(async () => {
            const given = proof()
            if (!given) return
            await setPassword(account.trim(), password, given)
            setPwd('')
            if (changing) afterChange()
            else setEnrolment(await enrolTotp())
            toast(changing ? '密码已修改' : '密码已保存', 'success')
          })}
        >
          保存密码
        </Button>
        {changing && (
          <Button
            className='btn btn--ghost change-totp'
            loading={busy}
            disabled={busy}
            onClick={() => void run(async () => {
              const given = proof()
              if (!given) return
              setEnrolment(await enrolTotp(given))
              setDone(false)
              afterChange()
            })}
          >
            更换验证器
          </Button>
        )}
      </View>
      {enrolment && !done && (
        <View className='card'>
          <Text className='section-title'>{changing ? '绑定新的验证器' : '2. 绑定验证器'}</Text>
          <Text className='hint'>用验证器 App（如腾讯身份验证器、Google Authenticator）扫描二维码，或手动输入密钥，再填写它显示的 6 位数字。</Text>
          <Image {...alt('用验证器扫描的二维码')} className='binding-qr totp-qr' src={enrolment.qr} mode='aspectFit' />
          <Text className='muted totp-secret'>{`密钥：${enrolment.secret}`}</Text>
          <Input className='input totp-code' type='number' value={code} placeholder='6 位动态码' maxlength={6} onInput={(e) => setCode(e.detail.value)} />
          <Button
            className='btn btn--primary confirm-totp'
            loading={busy}
            disabled={busy}
            onClick={() => void run(async () => {
              await confirmTotp(code)
              setDone(true)
              toast('动态码已启用', 'success')
            })}
          >
            启用
          </Button>
        </View>
      )}
      {done && <Text className='hint totp-done'>设置完成：在电脑浏览器打开本系统，选择“工作人员登录”，输入账号、密码和动态码。</Text>}
    </Page>
  )
}
