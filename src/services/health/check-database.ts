import pg from 'pg'

import { env } from '@/env'

const pools = new Map<string, pg.Pool>()

/**
 * A `SELECT 1` on a small pool of its own, so that health does not depend on Payload having
 * initialised (a cold start against a database that is down must answer 503, not hang or 500).
 */
export async function checkDatabase(url: string = env.DATABASE_URL): Promise<{ ok: boolean; latencyMs?: number }> {
  let pool = pools.get(url)
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000 })
    pool.on('error', () => undefined) // an idle connection dropped by the server; the next check reconnects
    pools.set(url, pool)
  }
  const start = performance.now()
  try {
    await pool.query({ text: 'SELECT 1', query_timeout: 2000 } as pg.QueryConfig)
    return { ok: true, latencyMs: Math.round(performance.now() - start) }
  } catch (error) {
    // The reason goes to the server log only: it may name hosts or users.
    console.error('[health] database check failed:', error instanceof Error ? error.message : error)
    return { ok: false }
  }
}
