import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * Payload's destroy() stops crons and forgets the schema but leaves the PostgreSQL pool open (with
 * one client it never releases), which keeps scripts alive and crashes them when the server
 * stops. Close it for good: swallow the shutdown errors, end the pool without waiting forever.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool) return
  pool.on('error', () => undefined)
  // The 2 s timer is not unref'd: were it, a pool whose last socket is gone while a client is still
  // checked out would leave this await with nothing to keep the process alive, and a script's
  // top-level await would end with exit code 13 ("unsettled top-level await") instead of finishing.
  await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))])
}
