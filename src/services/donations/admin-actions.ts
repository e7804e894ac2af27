import { APIError, type Payload } from 'payload'

import { TRANSFER_VALIDITY_DAYS } from '@/domain/donations/rules'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { type AcceptedGiftPayment, giftAcceptedMail } from '@/emails/donors'
import { env } from '@/env'
import { drizzleOf, inDbTransaction } from '@/services/db/drizzle'
import { sqlQuery } from '@/services/db/sql-transaction'
import { type PaymentProvider, paymentProvider } from '@/services/payments/provider'
import { siteOfKind } from '@/services/sites/registry'

import { confirmPayment } from './confirm-payment'
import { recordRefund, releasePaidProjects } from './settle-campaigns'
import { approvePendingGift, setCheckout } from './store'

const APPROVED_CHECKOUT_HOURS = 24

/**
 * An admin accepts a gift above 10,000 € while its campaign collects: the donor is then sent the
 * way to pay (a checkout link valid 24 hours, or the bank details with the gift's reference).
 */
export async function approveGift(
  payload: Payload,
  donationId: number,
  adminId: number,
  { now = new Date(), provider = paymentProvider() }: { now?: Date; provider?: PaymentProvider } = {},
) {
  // SQL text: a read (or the payouts' own table), not a write of the donations aggregate.
  const byTransfer =
    (await sqlQuery(payload, 'SELECT payment_method FROM donations WHERE id = $1', [donationId])).rows[0]
      ?.payment_method === 'transfer'
  const expiresAt = new Date(
    now.getTime() + (byTransfer ? TRANSFER_VALIDITY_DAYS * 24 : APPROVED_CHECKOUT_HOURS) * 3_600_000,
  )
  const gift = await inDbTransaction(payload, (db) =>
    approvePendingGift(db, donationId, { adminId, at: now, expiresAt }),
  )
  if (!gift) throw new APIError('Ce don n’attend pas d’acceptation, ou sa collecte est close.', 409)
  // A donor's gift always has the address the giving form required.
  const email = gift.email ?? ''
  let payment: AcceptedGiftPayment
  if (gift.paymentMethod === 'transfer') {
    payment = { method: 'transfer', account: env.bankTransfer, expiresAt }
  } else {
    const session = await provider.startCheckout({
      donationId: gift.id,
      reference: gift.reference,
      amountCents: gift.amountCents,
      email,
      method: gift.paymentMethod as 'card' | 'sepa_debit',
      projectTitle: gift.title,
      projectSlug: gift.slug,
      expiresAt,
      site: await siteOfKind(payload, SITE_KINDS.projets),
    })
    await setCheckout(drizzleOf(payload), gift.id, { sessionId: session.sessionId, provider: provider.name })
    payment = { method: 'checkout', url: session.url, validHours: APPROVED_CHECKOUT_HOURS }
  }
  await payload.jobs.queue({
    task: 'sendEmail',
    input: { to: email, ...giftAcceptedMail(gift, payment) },
  })
}

/** An admin records that a bank transfer arrived: the gift is paid, as a payment event (applied once). */
export async function confirmTransferReceived(payload: Payload, donationId: number, now = new Date()) {
  // SQL text: a read (or the payouts' own table), not a write of the donations aggregate.
  const { rows } = await sqlQuery(payload, `SELECT status, provider, awaiting_approval FROM donations WHERE id = $1`, [
    donationId,
  ])
  const gift = rows[0]
  if (
    !gift ||
    gift.provider !== 'transfer' ||
    gift.awaiting_approval ||
    !['pending', 'expired'].includes(gift.status)
  ) {
    throw new APIError('Seul un don par virement, accepté et en attente, peut être marqué reçu.', 409)
  }
  return confirmPayment(payload, {
    eventId: `transfer-${donationId}-paid`,
    provider: 'transfer',
    type: 'paid',
    donationId,
    at: now,
  })
}

/** An admin records that a bank-transfer gift to refund was paid back by transfer. */
export async function confirmManualRefund(payload: Payload, donationId: number) {
  // SQL text: a read (or the payouts' own table), not a write of the donations aggregate.
  const { rows } = await sqlQuery(
    payload,
    `SELECT d.id, d.project_id, d.overflow, d.amount_cents::bigint AS amount, d.reference, d.identity_email, d.identity_first_name, d.provider, p.title
     FROM donations d JOIN projects p ON p.id = d.project_id WHERE d.id = $1 AND d.status = 'paid' AND d.refund_requested_at IS NOT NULL`,
    [donationId],
  )
  if (!rows[0] || rows[0].provider !== 'transfer')
    throw new APIError('Seul un don par virement à rembourser peut être marqué remboursé.', 409)
  await recordRefund(payload, rows[0], `virement-${donationId}`)
}

/** An admin records that a payout was made by bank transfer (a structure without a Stripe account). */
export async function confirmManualPayout(payload: Payload, payoutId: number, now = new Date()) {
  // SQL text: a read (or the payouts' own table), not a write of the donations aggregate.
  const { rowCount } = await sqlQuery(
    payload,
    `UPDATE payouts SET status = 'paid_manually', paid_at = $1, updated_at = now() WHERE id = $2 AND status = 'manual'`,
    [now, payoutId],
  )
  if (!rowCount) throw new APIError('Seul un versement « à verser par virement » peut être marqué versé.', 409)
  await releasePaidProjects(payload, now)
}
