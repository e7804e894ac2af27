import type { Payload } from 'payload'

import { holdEndsAt } from '@/domain/donations/rules'
import { type DonationStatus, canMoveDonation } from '@/domain/donations/status'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'
import { activeProgrammes, applyGiftTopUps } from '@/services/sponsors/top-ups'

import { othersFirmCents } from './holds'

export type PaymentEvent = {
  /** The provider's event id (Stripe `evt_…`), or one derived from our record for the test provider. */
  eventId: string
  provider: 'stripe' | 'test' | 'transfer' | 'system'
  /** `processing`: the checkout is done but the money is on its way (a SEPA debit takes days). */
  type: 'paid' | 'failed' | 'expired' | 'processing'
  donationId: number
  providerPaymentId?: string | null
  at?: Date
}

export type EventResult =
  | { outcome: 'duplicate' | 'ignored' | 'unknown_donation' }
  | { outcome: 'applied' | 'overflow'; projectId: number; status: DonationStatus; reachedOptimum: boolean }

/**
 * Applies one payment event, exactly once, in one transaction: the event id is recorded under a
 * unique constraint (a second delivery finds it and changes nothing), the gift moves forward only
 * (a late or out-of-order event is recorded and ignored), and a payment adds to the project's paid
 * total and donor count by one conditional UPDATE (an atomic increment holding the project's row
 * lock until commit), with its ledger row. A payment without a guaranteed place (a provisional
 * gift, or one paid after its checkout expired) that does not fit beside the others' firm places
 * under the optimum is kept aside (`overflow`) to be refunded.
 *
 * Locks: the gift, then the project, taken as late as possible so that concurrent confirmations on
 * one project queue only for one statement (increment, gift, ledger row) and the commit; the
 * active programmes are read before it, and are only worked through when there are some. Every writer takes them
 * in this order (new gifts lock only the project), so no two deadlock.
 */
export async function applyPaymentEvent(payload: Payload, event: PaymentEvent): Promise<EventResult> {
  const at = event.at ?? new Date()
  return inSqlTransaction(payload, async (db) => {
    // The hot path's statements are prepared once per connection (named): planned once, not per gift.
    const inserted = await db.query({
      name: 'payment-event-record',
      text: `INSERT INTO payment_events (event_id, provider, type, donation_id) VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO NOTHING RETURNING id`,
      values: [event.eventId, event.provider, event.type, event.donationId],
    })
    if (!inserted.rowCount) return { outcome: 'duplicate' }
    const eventRow = inserted.rows[0].id as number
    const setOutcome = (outcome: string) => db.query('UPDATE payment_events SET outcome = $1 WHERE id = $2', [outcome, eventRow])

    const found = await db.query({
      name: 'payment-event-gift',
      text: 'SELECT project_id, status, amount_cents::bigint AS amount, source, identity_email, provisional, awaiting_approval, expires_at FROM donations WHERE id = $1 FOR UPDATE',
      values: [event.donationId],
    })
    if (!found.rowCount) {
      await setOutcome('unknown_donation')
      return { outcome: 'unknown_donation' }
    }
    const gift = found.rows[0]
    const projectId = gift.project_id as number
    if (event.type === 'processing') {
      if (gift.status !== 'pending') {
        await setOutcome(`ignored: ${gift.status} → processing`)
        return { outcome: 'ignored' }
      }
      // The gift keeps its place under the optimum while the debit is on its way.
      await db.query('UPDATE donations SET expires_at = $1, updated_at = now() WHERE id = $2', [holdEndsAt('debit_in_flight', at), event.donationId])
      await setOutcome('applied')
      return { outcome: 'applied', projectId, status: 'pending', reachedOptimum: false }
    }
    if (!canMoveDonation(gift.status, event.type)) {
      await setOutcome(`ignored: ${gift.status} → ${event.type}`)
      return { outcome: 'ignored' }
    }
    if (event.type !== 'paid') {
      await db.query('UPDATE donations SET status = $1, updated_at = now() WHERE id = $2', [event.type, event.donationId])
      await setOutcome('applied')
      return { outcome: 'applied', projectId, status: event.type, reachedOptimum: false }
    }
    const amount = Number(gift.amount)
    const fromDonor = gift.source === 'donor'
    // Read before the project's lock, which every confirmation on the project queues for.
    const programmes = fromDonor ? await activeProgrammes(db, ['match', 'threshold'], at) : []
    // A gift whose place is not (or no longer) guaranteed — provisional, or paid after its hold
    // ended — counts only if it fits beside the places the others' firm gifts still hold: those
    // are summed under the project's lock, taken first in its own statement (README, "Gifts at the
    // optimum"). A firm gift fits by construction: no extra statement on the hot path.
    const guaranteed = gift.status === 'pending' && !gift.provisional && (gift.awaiting_approval || gift.expires_at === null || gift.expires_at > at)
    let othersFirm = 0
    if (!guaranteed) {
      await db.query('SELECT 1 FROM projects WHERE id = $1 FOR UPDATE', [projectId])
      othersFirm = await othersFirmCents((text, params) => db.query(text, params), projectId, event.donationId, at)
    }
    // One statement under the project's lock: the total and donor count grow only if the gift fits
    // under the optimum (beside the others' firm places, for a gift without a guaranteed one);
    // otherwise it is kept aside (`overflow`, owed back). Then the gift, its ledger row and the
    // event's outcome.
    const { rows } = await db.query({
      name: 'payment-event-paid',
      text: `WITH counted AS (
         UPDATE projects SET collected_cents = collected_cents + $5, donor_count = donor_count + $9, updated_at = now()
         WHERE id = $8 AND (NOT coalesce(stop_at_optimum, false) OR optimum_goal_cents IS NULL OR collected_cents + $5 + $10 <= optimum_goal_cents)
         RETURNING status, stop_at_optimum, collected_cents >= optimum_goal_cents AS at_optimum
       ), result AS (SELECT NOT EXISTS (SELECT 1 FROM counted) AS overflow
       ), gift AS (
         UPDATE donations SET status = 'paid', paid_at = $1, provider_payment_id = coalesce($2, provider_payment_id), overflow = (SELECT overflow FROM result), updated_at = now() WHERE id = $4
       ), ledger AS (
         INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id)
         SELECT 'gift_in', $5, $6, CASE WHEN overflow THEN 'refunds-due' ELSE $7 END, $8, $4 FROM result
       ), event AS (
         UPDATE payment_events SET outcome = CASE WHEN (SELECT overflow FROM result) THEN 'overflow' ELSE 'applied' END WHERE id = $3
       )
       SELECT r.overflow, c.status, c.stop_at_optimum, c.at_optimum FROM result r LEFT JOIN counted c ON true`,
      values: [at, event.providerPaymentId ?? null, eventRow, event.donationId, amount, fromDonor ? 'donor' : gift.source, `project:${projectId}`, projectId, fromDonor ? 1 : 0, othersFirm],
    })
    const counted = rows[0]
    if (counted.overflow) return { outcome: 'overflow', projectId, status: 'paid', reachedOptimum: false }
    // Sponsors' and the fund's programmes top the gift up in this same transaction (the project is locked).
    const added = programmes.length ? await applyGiftTopUps(db, programmes, { giftId: event.donationId, projectId, giftCents: amount, donorEmail: gift.identity_email, now: at }) : 0
    const project = added ? (await db.query('SELECT status, stop_at_optimum, collected_cents >= optimum_goal_cents AS at_optimum FROM projects WHERE id = $1', [projectId])).rows[0] : counted
    return { outcome: 'applied', projectId, status: 'paid', reachedOptimum: Boolean(project.stop_at_optimum && project.at_optimum) && project.status === 'collecting' }
  })
}

/**
 * Gifts whose payment never came: pending past their expiry (plus an hour, for a late provider
 * event) become `expired` and free their place under the optimum. Gifts waiting for an admin stay
 * while their campaign collects; once it has closed, one no admin accepted expires.
 */
export async function expireStaleGifts(payload: Payload, now = new Date()): Promise<number> {
  const { rowCount } = await sqlQuery(
    payload,
    `UPDATE donations d SET status = 'expired', updated_at = now() FROM projects p
     WHERE p.id = d.project_id AND d.status = 'pending'
       AND ((NOT d.awaiting_approval AND d.expires_at < $1) OR (d.awaiting_approval AND p.status <> 'collecting'))`,
    [new Date(now.getTime() - 3_600_000)],
  )
  return rowCount ?? 0
}
