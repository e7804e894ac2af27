import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Convention } from '@/payload-types'
import { inLocalTransaction } from '@/services/db/local-transaction'
import { reqSql } from '@/services/db/req-sql'

/**
 * Runs `work` in one transaction holding the convention's row lock (SELECT … FOR UPDATE), on the
 * convention as it is once locked: its status changes and the decisions on its fund calls run one
 * after the other. Local API calls made with the given `req` join the transaction.
 */
export async function withLockedConvention<T>(
  payload: Payload,
  conventionId: number,
  work: (convention: Convention, req: PayloadRequest) => Promise<T>,
): Promise<T> {
  return inLocalTransaction(payload, async (req) => {
    await lockConvention(payload, req, conventionId)
    return work(await payload.findByID({ collection: 'conventions', id: conventionId, depth: 0, req }), req)
  })
}

/** Takes the convention's row lock inside `req`'s transaction (held until it ends). */
export async function lockConvention(payload: Payload, req: PayloadRequest, conventionId: number): Promise<void> {
  // SQL text: the convention's row lock and its committed total, inside Payload's transaction.
  await (
    await reqSql(payload, req)
  )(sql`SELECT id FROM conventions WHERE id = ${conventionId} FOR UPDATE`)
}

/** The sum of the convention's approved and paid calls, except `exceptId`, read in `req`'s transaction. */
export async function committedCents(
  payload: Payload,
  req: PayloadRequest,
  conventionId: number,
  exceptId?: number,
): Promise<number> {
  // SQL text: the convention's row lock and its committed total, inside Payload's transaction.
  const { rows } = await (
    await reqSql(payload, req)
  )(
    sql`SELECT COALESCE(SUM(amount_cents), 0)::bigint AS total FROM fund_calls WHERE convention_id = ${conventionId} AND status IN ('approved', 'paid') AND id <> ${exceptId ?? -1}`,
  )
  return Number(rows[0]?.total ?? 0)
}
