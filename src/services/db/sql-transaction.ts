import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * Statements written for `pg` on Payload's own pool: what is still SQL text outside the money paths
 * (the legacy import, retention, set-based transitions). The money paths use `inDbTransaction`
 * (./drizzle.ts), typed against the generated schema.
 */
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** One parameterised statement on Payload's pool, outside any transaction. */
export async function sqlQuery(payload: Payload, text: string, params: unknown[] = []) {
  return poolOf(payload).query(text, params)
}

/** Runs `work` in one PostgreSQL transaction on a client of Payload's pool: commits, or rolls back on error. */
export async function inSqlTransaction<T>(payload: Payload, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await poolOf(payload).connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
