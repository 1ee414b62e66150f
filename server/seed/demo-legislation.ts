import type { Envelope } from '../../src/core/envelope'
import { shanghaiDay } from '../../src/core/time'
import { auth } from '../functions/auth'
import { personaOpenid } from '../identity/personas'
import { legislation } from '../functions/legislation'
import { invoke, type Services } from '../runtime/context'

/** A regulation's draft as a 市 法工委 sends it down (阳泉's, from the seeds): two chapters, items, a 款 apart. */
export const DEMO_LAW_DRAFT = `阳泉市电动自行车管理条例（草案）
第一章　总　　则
第一条　为了加强电动自行车管理，维护道路交通秩序，预防和减少火灾事故，保障人身和财产安全，根据有关法律、法规，结合本市实际，制定本条例。
第二条　本条例适用于本市行政区域内电动自行车的销售、登记、通行、停放、充电及其相关管理活动。
第三条　市、县（区）人民政府应当加强对电动自行车管理工作的领导，建立协调机制，将电动自行车停放充电场所建设纳入城市规划。
第二章　停放充电
第四条　新建住宅小区应当按照规定配套建设电动自行车集中停放场所和充电设施。
既有住宅小区不具备条件的，街道办事处、乡镇人民政府应当会同有关部门统筹解决。
第五条　禁止下列行为：
（一）在建筑物的公共门厅、疏散通道、楼梯间、安全出口停放电动自行车；
（二）携带电动自行车及其蓄电池进入电梯轿厢；
（三）私拉电线和插座为电动自行车充电。
第六条　本条例自　　年　　月　　日起施行。`

/**
 * The demo's 基层立法联系点: the first station marked one, and a draft regulation open for
 * comments there, as the office put it up.
 */
export async function seedDemoLegislation(services: Services): Promise<void> {
  const call = async <T>(event: Record<string, unknown>, token: string, fn = legislation): Promise<T> => {
    const r = (await invoke(fn, event, services, token ? { kind: 'token', token } : { kind: 'anonymous' })) as Envelope<T>
    if (r.code !== 'OK') throw new Error(`demo legislation ${String(event.action)}: ${r.code} ${r.message}`)
    return r.data as T
  }
  const login = async (persona: 'admin' | 'office') => (await call<{ token: string }>({ action: 'devLogin', persona }, '', auth)).token
  const [admin, office] = [await login('admin'), await login('office')]
  await call({ action: 'setPoint', stationCode: 'S01', on: true }, admin)
  const deadline = shanghaiDay(new Date(services.now().getTime() + 30 * 86_400_000))
  const draft = await call<{ id: string; version: number }>(
    {
      action: 'create', title: '阳泉市电动自行车管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline, text: DEMO_LAW_DRAFT, stationCodes: ['S01'],
      explanation: '近年来本市电动自行车保有量快速增长，停放充电引发的火灾隐患突出，群众反映强烈。为规范管理，起草本条例，现公开征求意见。',
    },
    office,
  )
  await call({ action: 'publish', id: draft.id, version: draft.version }, office)
  // 专家库: a lawyer who serves the district's points, signed in as the demo's consultant persona.
  const { items } = await call<{ items: { id: string }[] }>(
    { action: 'saveExpert', code: 'ZJ001', name: '赵明律师', field: '行政法、道路交通', organisation: '山西晋阳律师事务所', active: true },
    office,
  )
  await services.db.query(
    `insert into users (openid, role, consultant_id, district_id, bound_at)
     select $1, 'consultant', $2, c.district_id, now() from consultants c where c.id = $2 on conflict (openid) do nothing`,
    [personaOpenid('consultant'), items[0].id],
  )
}
