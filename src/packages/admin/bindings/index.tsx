import { Image, Input, Text, View } from '@tarojs/components'
import { Button } from '../../../components/button'
import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { StateView } from '../../../components/state-view'
import { useRemote } from '../../../components/use-remote'
import { GRANT_LABELS, type BindingGrant, type BindingStatus, type IssuedBinding } from '../../../core/identity/bindings'
import { ROLE_LABELS, type Role } from '../../../core/identity/roles'
import { formatShanghai } from '../../../core/time'
import { issueBinding, listBindings, listPeople, resetCredentials, revokeBinding, unbindPerson } from '../../../services/api/admin'
import { errorMessage } from '../../../services/api/call'
import { confirmAction, stopPullDownRefresh, toast } from '../../../services/platform'
import { useAppStore } from '../../../store'
import { Page } from '../../../components/page'
import { Choice } from '../../../components/choice'
import { alt } from '../../../components/a11y'
import { useParams } from '../../../components/use-params'

/** Which roles each manager gives, and the code that names where the role acts. */
const GIVES: Partial<Record<Role, BindingGrant[]>> = {
  admin: ['staff', 'deputy', 'department', 'office', 'admin', 'consultant', 'member'],
  office: ['staff', 'department', 'consultant', 'member'],
  staff: ['deputy'],
}
const TARGET: Partial<Record<BindingGrant, { field: 'deputyCode' | 'stationCode' | 'departmentCode' | 'expertCode'; label: string }>> = {
  deputy: { field: 'deputyCode', label: '代表编码' },
  staff: { field: 'stationCode', label: '站点编码' },
  department: { field: 'departmentCode', label: '部门编码' },
  consultant: { field: 'expertCode', label: '专家编码（见专家库）' },
}
const STATUS: Record<BindingStatus, string> = { waiting: '待使用', used: '已使用', expired: '已过期', revoked: '已作废' }

/** 绑定码与人员: issue a one-use code for a role in one's reach, see what was issued and who holds a role. */
export default function Bindings() {
  const role = useAppStore((s) => s.user?.role ?? 'resident')
  const gives = GIVES[role] ?? []
  // From the 专家库: a code for one expert, the role and their code filled in.
  const asked = useParams()
  const [giving, setGiving] = useState<BindingGrant>(gives.find((r) => r === asked.role) ?? gives[0] ?? 'deputy')
  // The admin may make an office member one of its leaders, whom a case late a second time reaches.
  const [leader, setLeader] = useState(false)
  const choices = gives.flatMap((r) => (r === 'office' && role === 'admin' ? [[r, false], [r, true]] : [[r, false]]) as [BindingGrant, boolean][])
  const [target, setTarget] = useState(asked.target ?? '')
  const [issued, setIssued] = useState<IssuedBinding | null>(null)
  const [busy, setBusy] = useState(false)
  const codes = useRemote(gives.length ? () => listBindings() : null, [role])
  const people = useRemote(gives.length ? () => listPeople() : null, [role])
  usePullDownRefresh(() => void Promise.all([codes.reload(), people.reload()]).finally(stopPullDownRefresh))

  const issue = async () => {
    const t = TARGET[giving]
    if (t && !target.trim()) return toast(`请填写${t.label}`)
    setBusy(true)
    try {
      // Membership of the standing committee is a grant beside the role, not a role.
      setIssued(await issueBinding({ ...(giving === 'member' ? { grant: 'member' as const } : { role: giving }), ...(t ? { [t.field]: target.trim() } : {}), ...(leader ? { leader } : {}) }))
      setTarget('')
      void codes.reload()
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what()
      toast(done, 'success')
      void Promise.all([codes.reload(), people.reload()])
    } catch (e) {
      toast(errorMessage(e))
    }
  }

  if (!gives.length) return <Page><Text className='muted'>只有系统管理员、人大办和联络站工作人员可以发放绑定码</Text></Page>
  return (
    <Page width='wide'>
      <View className='card'>
        <Text className='section-title'>发放绑定码</Text>
        <View className='chips' role='radiogroup' aria-label='发放哪种身份'>
          {choices.map(([r, lead]) => (
            <Choice key={`${r}${lead}`} className={`give-${lead ? 'leader' : r}`} on={giving === r && leader === lead} onPick={() => (setGiving(r), setLeader(lead))}>
              {lead ? '人大办领导' : GRANT_LABELS[r]}
            </Choice>
          ))}
        </View>
        {TARGET[giving] && (
          <Input className='input binding-target' value={target} placeholder={TARGET[giving]!.label} maxlength={30} onInput={(e) => setTarget(e.detail.value)} />
        )}
        <Button className='btn btn--primary issue-binding' loading={busy} disabled={busy} onClick={() => void issue()}>
          生成绑定码
        </Button>
        {issued && (
          <View className='issued-binding'>
            <Text className='success-number issued-code'>{issued.code}</Text>
            <Image {...alt('绑定码的二维码')} className='binding-qr' src={issued.qr} mode='aspectFit' />
            <Text className='hint'>{`请当面或通过工作渠道交给本人：在“我的 → 绑定工作身份”输入，${formatShanghai(issued.expiresAt).slice(0, 10)} 前有效，只能用一次。离开本页后不再显示。`}</Text>
          </View>
        )}
      </View>
      <Text className='section-title'>已发放</Text>
      <StateView loading={codes.loading} error={codes.error} onRetry={codes.reload} empty={codes.data?.items.length === 0} emptyText='还没有发放绑定码'>
        {codes.data?.items.map((b) => (
          <View key={b.id} className='card row row--between binding-item'>
            <View>
              <Text className='field-value'>{`${GRANT_LABELS[b.role]} · ${b.scopeName}`}</Text>
              <Text className='muted'>{`${b.hint}•••••• · ${STATUS[b.status]} · ${formatShanghai(b.createdAt)}`}</Text>
            </View>
            {b.status === 'waiting' && (
              <Button className='btn btn--ghost btn--small revoke-binding' onClick={() => void confirmAction('作废绑定码', '作废后这个绑定码不能再使用', '作废').then((ok) => (ok ? act(() => revokeBinding(b.id), '已作废') : undefined))}>
                作废
              </Button>
            )}
          </View>
        ))}
      </StateView>
      <Text className='section-title'>已绑定的人员</Text>
      <StateView loading={people.loading} error={people.error} onRetry={people.reload} empty={people.data?.items.length === 0} emptyText='还没有人绑定'>
        {people.data?.items.map((p) => (
          <View key={p.id} className='card row row--between bound-person'>
            <Text className='field-value'>{`${ROLE_LABELS[p.role]} · ${p.scopeName}`}</Text>
            <View className='row'>
              {role === 'admin' && (
                <Button
                  className='btn btn--ghost btn--small reset-credentials'
                  onClick={() => void confirmAction('重置登录方式', '清除此人的电脑登录密码和动态码，并在所有设备上退出；此人须在 24 小时内重新设置', '重置').then((ok) => (ok ? act(() => resetCredentials(p.id), '已重置') : undefined))}
                >
                  重置登录
                </Button>
              )}
              <Button className='btn btn--ghost btn--small unbind' onClick={() => void confirmAction('解除绑定', '解除后此人恢复为群众身份，并在所有设备上退出', '解除').then((ok) => (ok ? act(() => unbindPerson(p.id), '已解除') : undefined))}>
                解除
              </Button>
            </View>
          </View>
        ))}
      </StateView>
    </Page>
  )
}
