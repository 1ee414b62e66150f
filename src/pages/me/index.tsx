import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import { MyDataActions } from '../../components/my-data-actions'
import { WORKBENCH } from '../../components/role-paths'
import { CLAIM_PAGE } from '../../core/cases/pages'
import { ROLE_LABELS, ROLES, type Role } from '../../core/identity/roles'
import { errorMessage } from '../../services/api/call'
import { nav, toast } from '../../services/platform'
import { ensureSession, loginAs, signOut } from '../../services/session'
import { useAppStore } from '../../store'
import { Page, useCare } from '../../components/page'

const isRole = (v: string | undefined): v is Role => ROLES.includes(v as Role)

/** Who I am; in a demo host, the switch between the seeded personas (?persona= does it directly). */
export default function Me() {
  const user = useAppStore((s) => s.user)
  const care = useCare()
  const setCare = useAppStore((s) => s.setCare)
  const [busy, setBusy] = useState<Role | null>(null)

  const become = async (role: Role) => {
    setBusy(role)
    try {
      await loginAs(role)
      toast(`已切换为${ROLE_LABELS[role]}`, 'success')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  useLoad((params) => {
    if (isRole(params.persona)) void become(params.persona)
    else if (!user) void ensureSession().catch(() => undefined)
  })

  return (
    <Page>
      <View className='card'>
        <Text className='muted'>当前身份</Text>
        <Text className='field-value current-role'>{user ? ROLE_LABELS[user.role] : '未登录'}</Text>
      </View>
      {user &&
        WORKBENCH[user.role]?.map((w, i) => (
          <Button key={w.path} className={`btn ${i === 0 ? 'btn--primary' : 'btn--ghost'}`} onClick={() => nav.to(w.path)}>
            {w.label}
          </Button>
        ))}
      <Button className='btn btn--ghost' onClick={() => nav.tab('/pages/mine/index')}>
        我的诉求
      </Button>
      {user?.role === 'resident' && (
        <Button className='btn btn--ghost my-appointments' onClick={() => nav.to('/packages/stations/appointments/index')}>
          我的约见
        </Button>
      )}
      {user?.role === 'resident' && (
        <Button className='btn btn--ghost claim-cases' onClick={() => nav.to(CLAIM_PAGE)}>
          认领工作人员代为登记的诉求
        </Button>
      )}
      <Button className='btn btn--ghost bind-role' onClick={() => nav.to('/packages/account/bind/index')}>
        绑定工作身份
      </Button>
      {user && user.role !== 'resident' && (
        <Button className='btn btn--ghost security' onClick={() => nav.to('/packages/account/security/index')}>
          登录密码与动态码
        </Button>
      )}
      {!USE_CLOUD && (
        <Button className='btn btn--ghost password-login' onClick={() => nav.to('/packages/account/login/index')}>
          工作人员登录
        </Button>
      )}
      <Button className='btn btn--ghost care-toggle' onClick={() => setCare(!care)}>
        {care ? '关闭关怀模式' : '开启关怀模式（大字、大按钮）'}
      </Button>
      <Button className='btn btn--ghost privacy-policy' onClick={() => nav.to('/pages/privacy/index')}>
        隐私保护指引
      </Button>
      {user?.role === 'resident' && <MyDataActions />}
      {user && !USE_CLOUD && (
        <Button className='btn btn--ghost sign-out' onClick={() => void signOut(false).then(() => toast('已退出登录', 'success'))}>
          退出登录
        </Button>
      )}
      {!USE_CLOUD && (
        <View className='card' style={{ marginTop: '24px' }}>
          <Text className='section-title'>演示：切换身份</Text>
          {ROLES.map((r) => (
            <Button
              key={r}
              className='btn btn--ghost persona'
              loading={busy === r}
              disabled={busy !== null}
              onClick={() => become(r)}
            >
              {ROLE_LABELS[r]}
            </Button>
          ))}
        </View>
      )}
    </Page>
  )
}
