import { BACKENDS } from '../support/backends'
import { accountWith, dataOf as s } from '../support/call'
import { withTeam } from '../support/loop'

jest.setTimeout(120_000)

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

/**
 * 任后监督: the office keeps the officials the standing committee appointed and their year's
 * commitments; it opens a secret 满意度测评 in which its members vote once each, on a phone or on
 * paper; the results follow the district's rules once it closes; and nothing stored ties a member to a rating.
 */
describe.each(BACKENDS)('任后监督 on $name', (backend) => {
  const env = withTeam(backend)
  let admin: { token: string }
  let units: { code: string; name: string }[]

  beforeAll(async () => {
    const { db, t } = env
    admin = await accountWith(db, 'admin', { district_id: t.deputy.user.districtId })
    units = await db.query('select code, name from departments where district_id = $1 order by code limit 2', [t.deputy.user.districtId])
  })

  /** Accounts made members of the district's standing committee, as their codes would make them. */
  const members = async (n: number) => {
    const made = await Promise.all(Array.from({ length: n }, () => accountWith(env.db, 'resident')))
    await env.db.query(`update users set member_of = $1, member_name = '委员' || id::text where id = any($2::uuid[])`, [env.t.deputy.user.districtId, made.map((m) => m.userId)])
    return made
  }

  it('keeps the appointed officials and their commitments, versioned and audited', async () => {
    const { call, t } = env
    const official = { action: 'saveOfficial', name: '李明', post: '区住建局局长', departmentCode: units[0].code, appointedOn: '2026-01-15' }
    expect(await call('oversight', official, t.staff.token)).toMatchObject({ code: 'FORBIDDEN', message: '只有人大办和本区管理员可以维护被任命人员' })
    expect(await call('oversight', { ...official, departmentCode: 'NOPE' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '没有找到本区的这个单位编码' })
    const li = s(await call('oversight', official, t.office.token))
    expect(li).toMatchObject({ name: '李明', department: { code: units[0].code, name: units[0].name }, appointedOn: '2026-01-15', version: 1 })
    const moved = s(await call('oversight', { ...official, id: li.id, version: 1, post: '区住建局党组书记、局长' }, admin.token))
    expect(moved.version).toBe(2)
    expect(await call('oversight', { ...official, id: li.id, version: 1, post: '旧版本的修改' }, t.office.token)).toMatchObject({ code: 'CONFLICT' })
    const [entry] = (await call('audit', { action: 'search', kind: 'data.change' }, admin.token)).data.items
    expect(entry).toMatchObject({ detail: '修改被任命人员 李明（区住建局党组书记、局长）', before: expect.objectContaining({ 职务: '区住建局局长' }) })

    // The year's commitments: items with a date, one tied to a product figure; anyone reads them.
    const items = [{ text: '老旧小区改造 12 个，10 月底前完工', due: '2026-10-31' }, { text: '群众诉求解决率达到九成', figure: { metric: 'resolutionRate', target: 0.9 } }]
    expect(await call('oversight', { action: 'saveCommitments', officialId: li.id, year: 2026, items }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('oversight', { action: 'saveCommitments', officialId: li.id, year: 2026, items: [{ text: '诉求解决率九成', figure: { metric: 'resolutionRate', target: 90 } }] }, t.office.token))
      .toMatchObject({ code: 'VALIDATION', message: '目标值应在 0 到 1 之间' })
    s(await call('oversight', { action: 'saveCommitments', officialId: li.id, year: 2026, items }, t.office.token))
    expect(await call('oversight', { action: 'saveCommitments', officialId: li.id, year: 2026, items }, t.office.token)).toMatchObject({ code: 'CONFLICT' })
    const read = s(await call('oversight', { action: 'commitments', officialId: li.id, year: 2026 }))
    expect(read).toMatchObject({ official: { name: '李明', post: '区住建局党组书记、局长' }, year: 2026, items, version: 1 })
    s(await call('oversight', { action: 'saveCommitments', officialId: li.id, year: 2026, items: items.slice(0, 1), version: 1 }, t.office.token))
    expect(s(await call('oversight', { action: 'commitments', officialId: li.id, year: 2026 })).items).toHaveLength(1)
  })

  it('makes a member by a code of its own, leaving the account’s role as it was', async () => {
    const { call, t, db } = env
    expect(await call('admin', { action: 'issueBinding', grant: 'member' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '请填写组成人员的姓名' })
    expect(await call('admin', { action: 'issueBinding', grant: 'member', memberName: '王委员' }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    const issued = s(await call('admin', { action: 'issueBinding', grant: 'member', memberName: '王委员' }, t.office.token))
    const bound = s(await call('auth', { action: 'bind', code: issued.code }, t.deputy.token))
    expect(bound.user).toMatchObject({ role: 'deputy', deputyId: t.deputy.user.deputyId, memberOf: t.deputy.user.districtId })
    // The deputy's session goes on; the office can name them in a ballot.
    expect(s(await call('auth', { action: 'me' }, t.deputy.token)).user).toMatchObject({ role: 'deputy', memberOf: t.deputy.user.districtId })
    expect(s(await call('oversight', { action: 'members' }, t.office.token)).items).toContainEqual({ id: t.deputy.user.id, name: '王委员' })
    const [grant] = await db.query<{ detail: string }>(`select detail from audit_log where subject_id = $1 and kind = 'role.grant' order by at desc limit 1`, [t.deputy.user.id])
    expect(grant.detail).toMatch(/成为常委会组成人员$/)
  })

  it('runs a secret ballot: each member votes once for the whole ballot, paper counts are added, the results follow the rules once it closes', async () => {
    const { call, t, db } = env
    const officials = await Promise.all(['张局长', '赵院长'].map(async (name, i) => s(await call('oversight', { action: 'saveOfficial', name, post: i ? '区法院院长' : '区水务局局长', departmentCode: units[i].code, appointedOn: '2025-03-01' }, t.office.token))))
    const voters = await members(10)
    const outsider = (await members(1))[0]
    const open = { action: 'openBallot', title: '区人大常委会第二十次会议满意度测评', officialIds: officials.map((o) => o.id), memberIds: voters.map((v) => v.userId), closesAt: inHours(2) }
    expect(await call('oversight', { ...open, memberIds: [t.resident.user.id] }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '所选人员不都是本区的常委会组成人员' })
    expect(await call('oversight', { ...open, closesAt: inHours(-1) }, t.office.token)).toMatchObject({ code: 'VALIDATION' })
    const ballot = s(await call('oversight', open, t.office.token))
    expect(ballot.code).toMatch(/^[A-Z2-9]{6}$/)
    expect(s(await call('oversight', { action: 'ballots' }, t.office.token)).items[0]).toMatchObject({ id: ballot.id, title: open.title, closed: false, officials: 2, entitled: 10 })

    // A member opens it by the code shown in the room.
    expect(s(await call('oversight', { action: 'ballot', code: ballot.code }, voters[0].token))).toMatchObject({ title: open.title, entitled: true, voted: false, officials: [expect.objectContaining({ name: '张局长' }), expect.objectContaining({ name: '赵院长' })] })
    expect(await call('oversight', { action: 'ballot', code: ballot.code }, outsider.token)).toMatchObject({ code: 'NOT_FOUND' })

    // 张局长: 6 满意, 2 基本满意, 1 不满意 online; 赵院长: 2 满意, 3 基本满意, 4 不满意.
    const zhang = ['满意', '满意', '满意', '满意', '满意', '满意', '基本满意', '基本满意', '不满意']
    const zhao = ['满意', '满意', '基本满意', '基本满意', '基本满意', '不满意', '不满意', '不满意', '不满意']
    const whole = (i: number) => [{ officialId: officials[0].id, rating: zhang[i] }, { officialId: officials[1].id, rating: zhao[i] }]
    expect(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: whole(0).slice(0, 1) }, voters[0].token)).toMatchObject({ code: 'VALIDATION', message: '请对每一位被测评人员各作出一次评价，再一并提交' })
    expect(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: [whole(0)[0], whole(0)[0]] }, voters[0].token)).toMatchObject({ code: 'VALIDATION' })
    await Promise.all(zhang.map(async (_, i) => s(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: whole(i) }, voters[i].token))))
    expect(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: whole(0) }, voters[0].token)).toMatchObject({ code: 'CONFLICT', message: '您已经投过票了，每人只能提交一次' })
    expect(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: whole(0) }, outsider.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: whole(0) }, t.office.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(s(await call('oversight', { action: 'ballot', ballotId: ballot.id }, voters[0].token)).voted).toBe(true)
    expect(await call('oversight', { action: 'results', ballotId: ballot.id }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '测评结束后才公布结果' })

    // Paper ballots for the one member who voted in the room, entered and then corrected.
    s(await call('oversight', { action: 'paper', ballotId: ballot.id, officialId: officials[1].id, 满意: 0, 基本满意: 0, 不满意: 2 }, t.office.token))
    s(await call('oversight', { action: 'paper', ballotId: ballot.id, officialId: officials[1].id, 满意: 0, 基本满意: 0, 不满意: 1 }, t.office.token))
    s(await call('oversight', { action: 'paper', ballotId: ballot.id, officialId: officials[0].id, 满意: 1, 基本满意: 0, 不满意: 0 }, t.office.token))
    expect(await call('oversight', { action: 'paper', ballotId: ballot.id, officialId: officials[0].id, 满意: -1, 基本满意: 0, 不满意: 0 }, t.office.token)).toMatchObject({ code: 'VALIDATION' })

    const results = s(await call('oversight', { action: 'closeBallot', ballotId: ballot.id }, t.office.token))
    expect(results).toMatchObject({ voted: 9, paper: 1, entitled: 10, quorum: true, withheld: null })
    expect(results.rows).toEqual([
      { official: expect.objectContaining({ name: '张局长' }), 满意: 7, 基本满意: 2, 不满意: 1, rate: 0.9, outcome: '满意' },
      { official: expect.objectContaining({ name: '赵院长' }), 满意: 2, 基本满意: 3, 不满意: 5, rate: 0.5, outcome: '不满意' },
    ])
    expect(await call('oversight', { action: 'vote', ballotId: ballot.id, votes: whole(0) }, voters[9].token)).toMatchObject({ code: 'CONFLICT', message: '这次测评已经结束' })
    expect(s(await call('oversight', { action: 'results', ballotId: ballot.id }, voters[3].token)).rows).toHaveLength(2)
    expect(await call('oversight', { action: 'results', ballotId: ballot.id }, outsider.token)).toMatchObject({ code: 'NOT_FOUND' })
    const cast = await db.query<{ detail: string }>(`select detail from audit_log where subject_id = $1 and kind = 'vote.cast'`, [ballot.id])
    expect(new Set(cast.map((c) => c.detail))).toEqual(new Set([`在满意度测评《${open.title}》中投票`]))
  })

  it('stores nothing that ties a member to a rating: two ballots whose members voted the same ratings, handed out differently, leave the same rows', async () => {
    const { call, t, db } = env
    const official = s(await call('oversight', { action: 'saveOfficial', name: '周局长', post: '区民政局局长', departmentCode: units[0].code, appointedOn: '2025-03-01' }, t.office.token))
    const voters = await members(3)
    const run = async (ratings: string[]) => {
      const b = s(await call('oversight', { action: 'openBallot', title: '保密性检验', officialIds: [official.id], memberIds: voters.map((v) => v.userId), closesAt: inHours(1) }, t.office.token))
      for (const [i, rating] of ratings.entries()) s(await call('oversight', { action: 'vote', ballotId: b.id, votes: [{ officialId: official.id, rating }] }, voters[i].token))
      return b.id as string
    }
    // Member 0 rates 满意 in the first, 不满意 in the second; member 2 the other way round.
    const [a, b] = [await run(['满意', '基本满意', '不满意']), await run(['不满意', '基本满意', '满意'])]
    const stored = async (ballotId: string) => ({
      voters: (await db.query<{ user_id: string }>('select user_id from ballot_voters where ballot_id = $1 order by user_id', [ballotId])).map((r) => r.user_id),
      tallies: await db.query('select official_id, satisfied, basic, unsatisfied from ballot_tallies where ballot_id = $1', [ballotId]),
      audit: (await db.query<{ actor_id: string; detail: string }>(`select actor_id, detail from audit_log where subject_id = $1 and kind = 'vote.cast' order by actor_id`, [ballotId])),
    })
    expect(await stored(a)).toEqual(await stored(b))
    // And no table has a column for a member beside a rating.
    const columns = await db.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_name in ('ballot_voters', 'ballot_tallies') order by table_name, ordinal_position`,
    )
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'ballot_tallies.ballot_id', 'ballot_tallies.official_id', 'ballot_tallies.satisfied', 'ballot_tallies.basic', 'ballot_tallies.unsatisfied',
      'ballot_voters.ballot_id', 'ballot_voters.user_id',
    ])
  })
})
