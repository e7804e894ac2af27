import type { Hold } from '@/domain/donations/holds'

/**
 * The places pending gifts hold under a project's optimum (README, "Gifts at the optimum"). Call
 * these after the project's row lock was granted, in a statement of their own: a statement's
 * snapshot is taken when it starts, so only then does it see every gift committed before the lock.
 */

/** A parameterised statement (`$1`…) in the caller's transaction: a `pg` client's `query`, or `reqQuery`. */
type Query = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>

/**
 * The pending gifts that still hold a place: not expired (a gift without an end, like one waiting
 * for an admin, holds its place until the campaign job expires it, as `expireStaleGifts` does).
 */
export async function liveHolds(query: Query, projectId: number, now: Date): Promise<Hold[]> {
  const { rows } = await query(
    `SELECT lower(coalesce(identity_email, 'don-' || id)) AS holder, amount_cents::bigint AS amount, provisional
     FROM donations WHERE project_id = $1 AND status = 'pending' AND (awaiting_approval OR expires_at IS NULL OR expires_at > $2)`,
    [projectId, now],
  )
  return rows.map((r) => ({ holder: String(r.holder), amountCents: Number(r.amount), provisional: Boolean(r.provisional) }))
}

/** The places firmly held by the project's other pending gifts: what a payment without a guaranteed place must leave. */
export async function othersFirmCents(query: Query, projectId: number, donationId: number, at: Date): Promise<number> {
  const { rows } = await query(
    `SELECT coalesce(sum(amount_cents), 0)::bigint AS cents FROM donations
     WHERE project_id = $1 AND id <> $2 AND status = 'pending' AND provisional IS NOT TRUE AND (awaiting_approval OR expires_at IS NULL OR expires_at > $3)`,
    [projectId, donationId, at],
  )
  return Number(rows[0].cents)
}
