import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

type SQL = ReturnType<typeof sql>
type Session = { db: { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }> } }

/**
 * Raw SQL inside the transaction of a Payload request (a hook, or `withLockedProject`), so that it
 * commits or rolls back with the operation. Refuses to run outside one.
 */
export async function reqSql(payload: Payload, req: PayloadRequest) {
  const id = await req.transactionID
  const session = id === undefined ? undefined : (payload.db as unknown as { sessions: Record<string, Session> }).sessions[String(id)]
  if (!session) throw new Error('reqSql needs a request inside a transaction')
  return (query: SQL) => session.db.execute(query)
}

/**
 * The same transaction, for a statement written for `pg` (`$1`, `$2`… placeholders): each
 * placeholder becomes a bound parameter, never text.
 */
export async function reqQuery(payload: Payload, req: PayloadRequest) {
  const run = await reqSql(payload, req)
  return (text: string, params: unknown[] = []) =>
    run(sql.join(text.split(/(\$\d+)/).map((part) => (/^\$\d+$/.test(part) ? sql`${params[Number(part.slice(1)) - 1]}` : sql.raw(part)))))
}
