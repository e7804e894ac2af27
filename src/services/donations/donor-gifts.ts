import type { Payload } from 'payload'

import { sqlQuery } from '@/services/db/sql-transaction'

import { chooseFailedGiftFate } from './failure-choice'

export type DonorGift = {
  id: number
  reference: string
  amountCents: number
  status: string
  failureChoice: 'refund' | 'solidarity' | null
  /** A failed campaign's gift the donor has not decided about: the date the default (refund) applies. */
  choiceDeadline: string | null
  createdAt: string
  project: { title: string; slug: string; status: string }
}

/** A donor's gifts: those made while signed in, and those given with their (verified) address. */
export async function giftsOf(payload: Payload, user: { id: number; email: string }): Promise<DonorGift[]> {
  const { rows } = await sqlQuery(
    payload,
    `SELECT d.id, d.reference, d.amount_cents::bigint AS amount, d.status, d.failure_choice, CASE WHEN d.status = 'paid' AND d.refund_requested_at IS NULL THEN d.choice_deadline END AS choice_deadline, d.created_at, p.title, p.slug, p.status AS project_status
     FROM donations d JOIN projects p ON p.id = d.project_id
     WHERE d.source = 'donor' AND (d.donor_id = $1 OR lower(d.identity_email) = lower($2))
     ORDER BY d.created_at DESC LIMIT 200`,
    [user.id, user.email],
  )
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    amountCents: Number(r.amount),
    status: r.status,
    failureChoice: r.failure_choice,
    choiceDeadline: r.choice_deadline ? new Date(r.choice_deadline).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
    project: { title: r.title, slug: r.slug, status: r.project_status },
  }))
}

/**
 * The donor changes what happens to a gift if the campaign fails, while it can still fail
 * (collecting or settling) and the gift is not settled; or, the campaign failed, decides before the
 * deadline. Returns false when that is no longer possible.
 */
export async function changeFailureChoice(payload: Payload, user: { id: number; email: string }, donationId: number, choice: 'refund' | 'solidarity'): Promise<boolean> {
  const own = await sqlQuery(payload, `SELECT 1 FROM donations WHERE id = $1 AND source = 'donor' AND (donor_id = $2 OR lower(identity_email) = lower($3))`, [donationId, user.id, user.email])
  if (!own.rowCount) return false
  if ((await chooseFailedGiftFate(payload, donationId, choice)) !== 'closed') return true
  const { rowCount } = await sqlQuery(
    payload,
    `UPDATE donations d SET failure_choice = $1, updated_at = now()
     FROM projects p
     WHERE d.id = $2 AND p.id = d.project_id AND d.source = 'donor' AND (d.donor_id = $3 OR lower(d.identity_email) = lower($4))
       AND d.status IN ('pending', 'paid') AND p.status IN ('collecting', 'settling')`,
    [choice, donationId, user.id, user.email],
  )
  return Boolean(rowCount)
}
