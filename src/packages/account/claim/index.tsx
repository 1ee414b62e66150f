import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { MOBILE_PATTERN } from '../../../core/limits'
import { errorMessage } from '../../../services/api/call'
import { askClaimCode, claimCases } from '../../../services/api/cases'
import { nav, toast } from '../../../services/platform'
import { ensureSession } from '../../../services/session'
import { Page } from '../../../components/page'

/** Seconds before another code may be asked for (the server's own limit). */
const WAIT = 60

/**
 * 认领诉求: a person whose concern staff took down by phone or at the station opens the link in
 * their text (or 我的 → 认领), asks for a code to that phone, and with it makes every case
 * recorded under the number their own — to follow, urge and rate like any other.
 */
export default function Claim() {
  const number = useRouter().params.no ?? ''
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [sentTo, setSentTo] = useState('')
  const [wait, setWait] = useState(0)
  const [busy, setBusy] = useState(false)
  const [claimed, setClaimed] = useState<{ id: string; number: string }[] | null>(null)

  useEffect(() => {
    if (wait <= 0) return
    const t = setTimeout(() => setWait(wait - 1), 1000)
    return () => clearTimeout(t)
  }, [wait])

  const ask = async () => {
    if (!MOBILE_PATTERN.test(phone)) return toast('请填写登记时留下的 11 位手机号码')
    setBusy(true)
    try {
      await ensureSession()
      setSentTo((await askClaimCode(phone)).sentTo)
      setWait(WAIT)
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const claim = async () => {
    if (!/^\d{6}$/.test(code)) return toast('请填写短信里的 6 位验证码')
    setBusy(true)
    try {
      setClaimed((await claimCases(phone, code)).claimed)
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (claimed) {
    return (
      <Page>
        <View className='card claimed'>
          <Text className='section-title'>认领成功</Text>
          <Text className='hint'>以下诉求已归入“我的诉求”，办理进展会通知您，办结后请您评价。</Text>
          {claimed.map((c) => (
            <View key={c.id} className='list-item claimed-case' onClick={() => nav.to(`/pages/case/index?id=${c.id}`)}>
              <Text className='field-value'>{c.number}</Text>
              <Text className='link'>查看</Text>
            </View>
          ))}
          <Button className='btn btn--primary' onClick={() => nav.tab('/pages/mine/index')}>
            去我的诉求
          </Button>
        </View>
      </Page>
    )
  }
  return (
    <Page>
      <View className='card'>
        {number && <Text className='field-value claim-number'>{`诉求编号 ${number}`}</Text>}
        <Text className='hint'>工作人员为您登记诉求时留下了您的手机号。验证这个号码后，用这个号码登记的诉求都会归入“我的诉求”。</Text>
        <Text className='field-label'>登记时留下的手机号</Text>
        <Input className='input claim-phone' type='number' maxlength={11} value={phone} placeholder='11 位手机号码' onInput={(e) => setPhone(e.detail.value)} />
        <Button className='btn btn--ghost ask-code' disabled={busy || wait > 0} onClick={() => void ask()}>
          {wait > 0 ? `${wait} 秒后可重新获取` : '获取验证码'}
        </Button>
        {sentTo && <Text className='hint code-sent'>{`如果 ${sentTo} 有待认领的诉求，验证码已发到这个号码，10 分钟内有效。`}</Text>}
        <Text className='field-label'>短信验证码</Text>
        <Input className='input claim-code' type='number' maxlength={6} value={code} placeholder='6 位数字' onInput={(e) => setCode(e.detail.value)} />
        <Button className='btn btn--primary claim' loading={busy} disabled={busy} onClick={() => void claim()}>
          认领
        </Button>
      </View>
    </Page>
  )
}
