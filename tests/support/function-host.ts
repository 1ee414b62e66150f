import type { DiskMedia } from '../../server/adapters/local/disk-media'
import type { Database } from '../../server/db/queryable'
import { createHost } from '../../server/host/app'
import type { Services } from '../../server/runtime/context'
import { opened } from './hooks'

/**
 * For one describe block: the host's HTTP surface (fastify, in this process) on a database the
 * block already has, listening on a free port; closed after, even when starting ran out of time.
 */
export function withFunctionHost(
  database: { readonly db: Database },
  services: Partial<Services> = {},
  host: { uploads?: DiskMedia; trustProxy?: string } = {},
): { readonly base: string } {
  const running = opened(
    async () => {
      const app = await createHost({ services: { db: database.db, demoLogins: true, now: () => new Date(), ...services }, ...host })
      try {
        return { app, base: await app.listen({ port: 0, host: '127.0.0.1' }) }
      } catch (e) {
        await app.close()
        throw e
      }
    },
    (r) => r.app.close(),
  )
  return {
    get base() {
      return running.value.base
    },
  }
}
