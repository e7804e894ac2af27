import pg from 'pg'

import { env } from '@/env'
import { writeLogLine } from '@/services/logging/log-line'

const pools = new Map<string, pg.Pool>()

/**
 * A `SELECT 1` on a small pool of its own, so that health does not depend on Payload having
 * initialised (a cold start against a database that is down must answer 503, not hang or 500).
 * Also the availability monitor's probe (src/services/availability/monitor.ts).
 */
export async function checkDatabase(
  url: string = env.DATABASE_URL,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<{ ok: boolean; latencyMs?: number }> {
  let pool = pools.get(url)
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000 })
    pool.on('error', () => undefined) // an idle connection dropped by the server; the next check reconnects
    pools.set(url, pool)
  }
  const start = performance.now()
  try {
    // SQL text: the health check's round trip, on its own pool with a timeout.
    await pool.query({ text: 'SELECT 1', query_timeout: 2000 } as pg.QueryConfig)
    return { ok: true, latencyMs: Math.round(performance.now() - start) }
  } catch (error) {
    // The reason goes to the server log only: it may name hosts or users. `quiet`: the caller logs changes itself.
    if (!quiet)
      writeLogLine('warn', 'Contrôle de la base de données en échec.', {
        reason: error instanceof Error ? error.message : String(error),
      })
    return { ok: false }
  }
}
