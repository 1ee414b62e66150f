import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { WORKBENCH } from '../../../components/role-paths'
import { ROLE_LABELS } from '../../../core/identity/roles'
import { errorMessage } from '../../../services/api/call'
import { nav, scanText, toast } from '../../../services/platform'
import { bindRole, ensureSession } from '../../../services/session'
import { Page } from '../../../components/page'

/** 绑定工作身份: a person given a role (代表, 联络站, 部门, 人大办, 管理员) types or scans the code they were given. */
export default function Bind() {
  const [code, setCode] = useState(useRouter().params.code ?? '')
  const [busy, setBusy] = useState(false)
  const bind = async () => {
    if (code.trim().length < 8) return toast('请输入 8 位绑定码')
    setBusy(true)
    try {
      await ensureSession()
      const user = await bindRole(code)
      toast(`已绑定为${ROLE_LABELS[user.role]}`, 'success')
      const first = WORKBENCH[user.role]?.[0]
      if (first) nav.redirect(first.path)
      else nav.tab('/pages/me/index')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const scan = async () => {
    const text = await scanText()
    if (text) setCode(text)
  }
  return (
    <Page>
      <View className='card'>
        <Text className='section-title'>输入绑定码</Text>
        <Text className='hint'>绑定码由系统管理员、人大办或联络站发放，8 位，7 天内有效，只能使用一次。</Text>
        <Input className='input binding-code' value={code} placeholder='例如 ABCD-EFGH' maxlength={20} onInput={(e) => setCode(e.detail.value)} />
        <Button className='btn btn--primary bind' loading={busy} disabled={busy} onClick={() => void bind()}>
          绑定
        </Button>
        {process.env.TARO_ENV === 'weapp' && (
          <Button className='btn btn--ghost' onClick={() => void scan()}>
            扫码绑定
          </Button>
        )}
      </View>
    </Page>
  )
}
