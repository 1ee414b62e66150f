import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { diskMedia } from '../server/adapters/local/disk-media'
import type { Database } from '../server/db/queryable'
import { FUNCTIONS } from '../server/host/registry'
import { invoke, type Caller, type Services } from '../server/runtime/context'
import { chineseNumeral } from '../src/core/legislation/articles'
import { shanghaiDay } from '../src/core/time'
import { quantile } from './quantile'

export interface LegislationFigures {
  articles: number
  createMs: number
  comments: number
  heatMs: number
  opinions: number
  submissionMs: number
  alignMs: number
}

const WORDS = '民事主体的合法权益受法律保护任何组织或者个人不得侵犯自然人法人和非法人组织之间的人身关系和财产关系应当遵循公平诚信原则'
/** An article of about a hundred characters, each different. */
const articleText = (i: number) => Array.from({ length: 100 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join('') + `（第${i}项）`

/**
 * A draft of 民法典's size (1,260 articles under 7 编) split and published through the function; 100,000
 * comments from 20,000 people spread over it; the article heat list (`get`, each article's commenters)
 * p50; a point's .docx of 500 opinions; the law as passed (one article in fifty dropped, one in ten
 * reworded) matched to the draft.
 */
export async function legislationFigures(db: Database, runs: number): Promise<LegislationFigures> {
  const services: Services = { db, demoLogins: true, now: () => new Date(), media: diskMedia(mkdtempSync(join(tmpdir(), 'ms-bench-law-'))) }
  const as = async (persona: string): Promise<Caller> => ({ kind: 'token', token: ((await invoke(FUNCTIONS.auth, { action: 'devLogin', persona }, services, { kind: 'anonymous' })).data as { token: string }).token })
  const call = async <T>(event: Record<string, unknown>, who: Caller): Promise<T> => {
    const r = await invoke(FUNCTIONS.legislation, event, services, who)
    if (r.code !== 'OK') throw new Error(`legislation ${String(event.action)}: ${r.message}`)
    return r.data as T
  }
  const [admin, office] = [await as('admin'), await as('office')]
  await call({ action: 'setPoint', stationCode: 'S01', on: true }, admin)
  const lines = Array.from({ length: 1260 }, (_, i) => `${i % 180 === 0 ? `第${chineseNumeral(i / 180 + 1)}编　第${i / 180 + 1}编的名称\n` : ''}第${chineseNumeral(i + 1)}条　${articleText(i)}`)
  const deadline = shanghaiDay(new Date(Date.now() + 30 * 86_400_000))
  let started = performance.now()
  const made = await call<{ id: string; version: number; articles: unknown[] }>({ action: 'create', title: '某法（草案）', askedBy: '法工委', deadline, text: lines.join('\n'), stationCodes: ['S01'] }, office)
  const createMs = performance.now() - started
  await call({ action: 'publish', id: made.id, version: made.version }, office)

  const COMMENTS = 100_000
  await db.query(`insert into users (openid, role) select 'bench-law-' || i, 'resident' from generate_series(1, 20000) i`)
  await db.query(
    `with a as (select id, row_number() over (order by no) - 1 as n from consultation_articles where consultation_id = $1),
          u as (select id, row_number() over (order by id) - 1 as n from users where openid like 'bench-law-%')
     insert into consultation_comments (consultation_id, article_id, author_id, text)
     select $1, a.id, u.id, '建议修改这一条的表述' from generate_series(0, $2::int - 1) g
       join a on a.n = (g::bigint * g) % 1260 join u on u.n = g % 20000`,
    [made.id, COMMENTS],
  )
  // As each comment's writing does: the first comment of a person on an article adds one to its counter.
  await db.query(
    `insert into consultation_commenters (consultation_id, article_key, person) select distinct $1::uuid, article_id::text, author_id::text from consultation_comments where consultation_id = $1`,
    [made.id],
  )
  await db.query(`update consultation_articles a set commenters = (select count(*) from consultation_commenters k where k.consultation_id = $1 and k.article_key = a.id::text) where a.consultation_id = $1`, [made.id])
  await db.exec('analyze consultation_comments; analyze consultation_commenters')
  const resident = await as('resident')
  const took: number[] = []
  for (let k = 0; k < runs; k++) {
    started = performance.now()
    await call({ action: 'get', id: made.id }, resident)
    took.push(performance.now() - started)
  }

  const OPINIONS = 500
  await db.query(
    `insert into consultation_opinions (consultation_id, article_id, station_id, text, reason, author_id)
     select $1, a.id, (select id from stations where code = 'S01'), '建议将本条修改为：' || a.text, '群众普遍反映这一条表述不清', (select id from users where role = 'office' limit 1)
       from consultation_articles a where a.consultation_id = $1 order by a.no limit $2`,
    [made.id, OPINIONS],
  )
  started = performance.now()
  await call({ action: 'submission', id: made.id, stationCode: 'S01' }, office)
  const submissionMs = performance.now() - started

  await call({ action: 'close', id: made.id }, office)
  const passed = lines.filter((_, i) => i % 50 !== 1).map((l, i) => (i % 10 === 3 ? l.replace('（第', '（修改后第') : l))
  started = performance.now()
  await call({ action: 'final', id: made.id, text: passed.join('\n') }, office)
  const alignMs = performance.now() - started
  return { articles: made.articles.length, createMs, comments: COMMENTS, heatMs: quantile(took, 0.5), opinions: OPINIONS, submissionMs, alignMs }
}
