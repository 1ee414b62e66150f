import { randomUUID } from 'node:crypto'
import { shanghaiDay } from '../../src/core/time'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, caseIn, filing, versionOf, withTeam } from '../support/loop'

interface Event {
  type: string
  text: string | null
  actorRole: string
}

/** 补充说明: a resident adds what they left out, without moving the case or its clock. */
describe.each(BACKENDS)('a resident’s 补充说明 on $name', (backend) => {
  const env = withTeam(backend)

  it('goes on the timeline through content safety, reaches whoever holds the stage, and changes neither state nor deadline', async () => {
    const { call, db, t } = env
    const filed = (await call('cases', filing({ showPublicly: true, text: '小区东门的路灯坏了，晚上出入很不方便' }), t.resident.token)).data
    const id = filed.id as string
    const [before] = await db.query<{ status: string; due_at: Date }>('select status, due_at from cases where id = $1', [id])
    // Filing says when the resident hears back: the district's first-response working days, and the day the stage is due.
    expect(filed.replyBy).toEqual({ workingDays: 2, date: shanghaiDay(before.due_at) })
    const follower = await login(call, { openid: `f-${randomUUID()}` })
    expect((await call('cases', { action: 'follow', id }, follower.token)).code).toBe('OK')

    expect(await act(call, db, t.resident.token, id, 'addInfo', { text: '好' })).toMatchObject({ code: 'VALIDATION', message: '补充说明至少 2 个字' })
    expect(await act(call, db, t.resident.token, id, 'addInfo', { text: '可以帮忙代开发票吗' })).toMatchObject({ code: 'VALIDATION' })
    expect(await act(call, db, t.staff.token, id, 'addInfo', { text: '工作人员不能补充说明' })).toMatchObject({ code: 'FORBIDDEN' })
    const seen = await versionOf(db, id)
    const added = await act(call, db, t.resident.token, id, 'addInfo', { text: '晚上九点以后最黑，有事可以打我电话13912345678' })
    expect(added.code).toBe('OK')
    expect(added.data.status).toBe('submitted')
    expect((added.data.events as Event[]).at(-1)).toMatchObject({ type: 'addInfo', actorRole: 'resident', text: '晚上九点以后最黑，有事可以打我电话13912345678' })
    const [after] = await db.query<{ status: string; due_at: Date }>('select status, due_at from cases where id = $1', [id])
    expect(after).toEqual(before)
    // Written at the version read: a second tap on what was already sent is refused, not doubled.
    expect(await call('cases', { action: 'addInfo', id, version: seen, text: '晚上九点以后最黑，有事可以打我电话13912345678' }, t.resident.token)).toMatchObject({ code: 'CONFLICT' })

    // The stage's holders hear of it; the resident who wrote it does not.
    const titles = async (token: string) => ((await call('messages', { action: 'list' }, token)).data.items as { title: string; caseId: string }[]).filter((m) => m.caseId === id).map((m) => m.title)
    expect(await titles(t.deputy.token)).toContain('群众补充说明')
    expect(await titles(t.staff.token)).toContain('群众补充说明')
    expect(await titles(t.resident.token)).not.toContain('群众补充说明')

    // A follower reads it as redacted as the case's own words; the deputy reads it whole.
    const followed = (await call('cases', { action: 'get', id }, follower.token)).data.events as Event[]
    expect(followed.at(-1)).toMatchObject({ type: 'addInfo', text: '晚上九点以后最黑，有事可以打我电话***' })
    expect(((await call('cases', { action: 'get', id }, t.deputy.token)).data.events as Event[]).at(-1)!.text).toContain('13912345678')

    // Only while the case is open.
    const done = await caseIn(call, db, t, 'resolved')
    await act(call, db, t.resident.token, done, 'rate', { resultRating: '满意', followUpRating: '满意' })
    expect(await act(call, db, t.resident.token, done, 'addInfo', { text: '已经修好了，谢谢' })).toMatchObject({ code: 'CONFLICT' })
  })
})
