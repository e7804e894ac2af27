import { and, eq, ne, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import type { Hold } from '@/domain/donations/holds'
import { donations } from '@/payload-generated-schema'
import { type Db, drizzleOf } from '@/services/db/drizzle'

/**
 * The places pending gifts hold under a project's optimum (README, "Gifts at the optimum"). Call
 * these after the project's row lock was granted, in a statement of their own: a statement's
 * snapshot is taken when it starts, so only then does it see every gift committed before the lock.
 */

/** A pending gift still holds its place: not expired (one waiting for an admin holds it until the campaign job expires it). */
const holdsItsPlace = (at: Date) =>
  and(
    eq(donations.status, 'pending'),
    sql`(${donations.awaitingApproval} OR ${donations.expiresAt} IS NULL OR ${donations.expiresAt} > ${at.toISOString()})`,
  )

/**
 * The pending gifts that still hold a place: not expired (a gift without an end, like one waiting
 * for an admin, holds its place until the campaign job expires it, as `expireStaleGifts` does).
 */
export async function liveHolds(db: Db, projectId: number, now: Date): Promise<Hold[]> {
  const rows = await db
    .select({
      holder: sql<string>`lower(coalesce(${donations.identity_email}, 'don-' || ${donations.id}))`,
      amountCents: donations.amountCents,
      provisional: donations.provisional,
    })
    .from(donations)
    .where(and(eq(donations.project, projectId), holdsItsPlace(now)))
  return rows.map((r) => ({
    holder: String(r.holder),
    amountCents: Number(r.amountCents),
    provisional: Boolean(r.provisional),
  }))
}

/** The same, outside any transaction (the giving page's hint of what is still open). */
export const projectHolds = (payload: Payload, projectId: number, now: Date) =>
  liveHolds(drizzleOf(payload), projectId, now)

/** The places firmly held by the project's other pending gifts: what a payment without a guaranteed place must leave. */
export async function othersFirmCents(db: Db, projectId: number, donationId: number, at: Date): Promise<number> {
  const [row] = await db
    .select({ cents: sql<string>`coalesce(sum(${donations.amountCents}), 0)::bigint` })
    .from(donations)
    .where(
      and(
        eq(donations.project, projectId),
        ne(donations.id, donationId),
        sql`${donations.provisional} IS NOT TRUE`,
        holdsItsPlace(at),
      ),
    )
  return Number(row.cents)
}
