import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../server/db/database'
import { seedDemoDistrict } from '../../server/seed/demo-district'
import { caller, login } from '../support/call'

// Two cold PGlite starts with every migration: more than jest's default 5 s on a 2-core machine.
jest.setTimeout(30_000)

describe('PGlite data folder', () => {
  it('keeps every case across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ms-restart-'))
    try {
      const first = await openDatabase({ dataDir: dir })
      expect(await seedDemoDistrict(first)).toBe(true)
      const call = caller(first)
      const me = await login(call, { openid: 'restart-resident' })
      const filed = await call('cases', {
        action: 'submit', submissionId: 'restart-0001', deputyCode: 'LZ003', category: '供暖供水', text: '暖气片一直不热，老人受冻',
      }, me.token)
      await first.close()

      const second = await openDatabase({ dataDir: dir })
      expect(await seedDemoDistrict(second)).toBe(false)
      const again = caller(second)
      const back = await login(again, { openid: 'restart-resident' })
      const list = await again('cases', { action: 'listMine' }, back.token)
      expect(list.data.items.map((c: { number: string }) => c.number)).toEqual([filed.data.number])
      await second.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
