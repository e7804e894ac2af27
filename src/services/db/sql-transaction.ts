import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * Runs `work` in one PostgreSQL transaction on a client of Payload's own pool, for the hot paths
 * where the Local API is too slow (payment confirmations): commits, or rolls back on error.
 */
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/** One parameterised statement on Payload's pool, outside any transaction. */
export async function sqlQuery(payload: Payload, text: string, params: unknown[] = []) {
  return poolOf(payload).query(text, params)
}

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
