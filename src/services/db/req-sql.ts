import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { reqDb } from './drizzle'

/**
 * Raw SQL inside the transaction of a Payload request (a hook, or `withLockedProject`), so that it
 * commits or rolls back with the operation. Refuses to run outside one.
 */
export async function reqSql(payload: Payload, req: PayloadRequest) {
  const db = await reqDb(payload, req)
  return (query: SQL) => db.execute<Record<string, unknown>>(query)
}
