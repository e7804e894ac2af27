import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * An idle PostgreSQL connection that the server closes (restart, failover, Ctrl-C in development)
 * makes pg's pool emit 'error'; with no listener that crashes the whole process. Log it instead:
 * the pool opens a new connection on the next query.
 */
export function logPoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', (error) =>
    payload.logger.warn(`PostgreSQL connection lost (${error.message}); reconnecting on next query.`),
  )
}
