import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../server/db/database'
import { seedDemoDistrict } from '../../server/seed/demo-district'
import type { Database } from '../../server/db/queryable'
import { caller, login } from '../support/call'
import { OPEN_MS } from '../support/hooks'

// Two cold PGlite starts with every migration: more than jest's default 5 s on a 2-core machine, far more on a loaded one.
jest.setTimeout(OPEN_MS)

describe('PGlite data folder', () => {
  it('keeps every case across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ms-restart-'))
    const open: Database[] = []
    const opening = async () => {
      const db = await openDatabase({ dataDir: dir })
      open.push(db)
      return db
    }
    try {
      const first = await opening()
      expect(await seedDemoDistrict(first)).toBe(true)
      const call = caller(first)
      const me = await login(call, { openid: 'restart-resident' })
      const filed = await call('cases', {
        action: 'submit', submissionId: 'restart-0001', deputyCode: 'LZ003', category: '供暖供水', text: '暖气片一直不热，老人受冻',
      }, me.token)
      await first.close()
      open.shift()

      const second = await opening()
      expect(await seedDemoDistrict(second)).toBe(false)
      const again = caller(second)
      const back = await login(again, { openid: 'restart-resident' })
      const list = await again('cases', { action: 'listMine' }, back.token)
      expect(list.data.items.map((c: { number: string }) => c.number)).toEqual([filed.data.number])
    } finally {
      for (const db of open) await db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
