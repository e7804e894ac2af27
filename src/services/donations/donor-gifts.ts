import type { Payload } from 'payload'

import type { GiftRecord } from '@/domain/accounts/personal-data'
import { drizzleOf } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'

import { chooseFailedGiftFate } from './failure-choice'
import { setFailureChoice } from './store'

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

/**
 * A donor's gifts (alias `d`, parameters $1 the account's id, $2 its address): those made while
 * signed in, and those given with the account's address, which it has verified to sign in.
 */
const OWN_GIFTS = `d.source = 'donor' AND (d.donor_id = $1 OR lower(d.identity_email) = lower($2))`

/** A donor's gifts: those made while signed in, and those given with their (verified) address. */
export async function giftsOf(payload: Payload, user: { id: number; email: string }): Promise<DonorGift[]> {
  // SQL text: a read of the donor's gifts (CASE, lower() matching by address), not a write.
  const { rows } = await sqlQuery(
    payload,
    `SELECT d.id, d.reference, d.amount_cents::bigint AS amount, d.status, d.failure_choice, CASE WHEN d.status = 'paid' AND d.refund_requested_at IS NULL THEN d.choice_deadline END AS choice_deadline, d.created_at, p.title, p.slug, p.status AS project_status
     FROM donations d JOIN projects p ON p.id = d.project_id
     WHERE ${OWN_GIFTS}
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
export async function changeFailureChoice(
  payload: Payload,
  user: { id: number; email: string },
  donationId: number,
  choice: 'refund' | 'solidarity',
): Promise<boolean> {
  // SQL text: a read of the donor's gifts (CASE, lower() matching by address), not a write.
  const own = await sqlQuery(
    payload,
    `SELECT 1 FROM donations WHERE id = $1 AND source = 'donor' AND (donor_id = $2 OR lower(identity_email) = lower($3))`,
    [donationId, user.id, user.email],
  )
  if (!own.rowCount) return false
  if ((await chooseFailedGiftFate(payload, donationId, choice)) !== 'closed') return true
  return setFailureChoice(drizzleOf(payload), donationId, user, choice)
}

/** The projects a donor has paid gifts to (whose donors-only news they read). */
export async function paidProjectIdsOf(payload: Payload, user: { id: number; email: string }): Promise<number[]> {
  // SQL text: a read of the donor's gifts (CASE, lower() matching by address), not a write.
  const { rows } = await sqlQuery(
    payload,
    `SELECT DISTINCT d.project_id FROM donations d WHERE ${OWN_GIFTS} AND d.status = 'paid'`,
    [user.id, user.email],
  )
  return rows.map((r) => Number(r.project_id))
}

/** A donor's gifts as recorded, identity as given included, for "download my data". */
export async function giftRecordsOf(payload: Payload, user: { id: number; email: string }): Promise<GiftRecord[]> {
  // SQL text: a read of the donor's gifts (CASE, lower() matching by address), not a write.
  const { rows } = await sqlQuery(
    payload,
    `SELECT d.reference, d.project_id, p.title, p.slug, d.amount_cents::bigint AS amount, d.status, d.donor_type,
       d.identity_first_name, d.identity_last_name, d.identity_email, d.identity_address, d.identity_postcode, d.identity_city, d.identity_country,
       d.identity_company_name, d.identity_legal_form, d.identity_siren, d.display, d.hide_amount, d.message, d.counterpart, d.wants_receipt, d.wants_news,
       d.failure_choice, d.payment_method, d.created_at, d.paid_at, d.refund_requested_at, d.settled_at
     FROM donations d JOIN projects p ON p.id = d.project_id
     WHERE ${OWN_GIFTS}
     ORDER BY d.created_at`,
    [user.id, user.email],
  )
  const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null)
  return rows.map((r) => ({
    reference: r.reference,
    project: { id: r.project_id, title: r.title, slug: r.slug },
    amountCents: Number(r.amount),
    status: r.status,
    donorType: r.donor_type,
    identity: {
      firstName: r.identity_first_name,
      lastName: r.identity_last_name,
      email: r.identity_email,
      address: r.identity_address,
      postcode: r.identity_postcode,
      city: r.identity_city,
      country: r.identity_country,
      companyName: r.identity_company_name,
      legalForm: r.identity_legal_form,
      siren: r.identity_siren,
    },
    publicDisplay: { display: r.display, hideAmount: Boolean(r.hide_amount) },
    message: r.message,
    counterpart: r.counterpart,
    wantsReceipt: Boolean(r.wants_receipt),
    wantsNews: Boolean(r.wants_news),
    failureChoice: r.failure_choice,
    paymentMethod: r.payment_method,
    createdAt: iso(r.created_at)!,
    paidAt: iso(r.paid_at),
    refundRequestedAt: iso(r.refund_requested_at),
    settledAt: iso(r.settled_at),
  }))
}
