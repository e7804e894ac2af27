import type { Payload } from 'payload'

import { DEBIT_VALIDITY_DAYS } from '@/domain/donations/rules'
import { type DonationStatus, canMoveDonation } from '@/domain/donations/status'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'
import { applyGiftTopUps } from '@/services/sponsors/top-ups'

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
 * lock until commit), with its ledger row. A payment that arrives after its checkout expired and
 * would pass the optimum is kept aside (`overflow`) to be refunded.
 *
 * Locks: the gift, then the project, taken as late as possible so that concurrent confirmations on
 * one project queue only for the increment, the ledger row and the commit. Every writer takes them
 * in this order (new gifts lock only the project), so no two deadlock.
 */
export async function applyPaymentEvent(payload: Payload, event: PaymentEvent): Promise<EventResult> {
  const at = event.at ?? new Date()
  return inSqlTransaction(payload, async (db) => {
    const inserted = await db.query(
      `INSERT INTO payment_events (event_id, provider, type, donation_id) VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO NOTHING RETURNING id`,
      [event.eventId, event.provider, event.type, event.donationId],
    )
    if (!inserted.rowCount) return { outcome: 'duplicate' }
    const eventRow = inserted.rows[0].id as number
    const setOutcome = (outcome: string) => db.query('UPDATE payment_events SET outcome = $1 WHERE id = $2', [outcome, eventRow])

    const found = await db.query('SELECT project_id, status, amount_cents::bigint AS amount, source, identity_email FROM donations WHERE id = $1 FOR UPDATE', [event.donationId])
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
      await db.query('UPDATE donations SET expires_at = $1, updated_at = now() WHERE id = $2', [new Date(at.getTime() + DEBIT_VALIDITY_DAYS * 86_400_000), event.donationId])
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
    // Counted only if it fits under the optimum (always, unless its checkout had expired).
    const counted = await db.query(
      `UPDATE projects SET collected_cents = collected_cents + $1, donor_count = donor_count + $2, updated_at = now()
       WHERE id = $3 AND (NOT coalesce(stop_at_optimum, false) OR optimum_goal_cents IS NULL OR collected_cents + $1 <= optimum_goal_cents)
       RETURNING status, stop_at_optimum, collected_cents >= optimum_goal_cents AS at_optimum`,
      [amount, gift.source === 'donor' ? 1 : 0, projectId],
    )
    const overflow = !counted.rowCount
    await db.query(
      `WITH gift AS (
         UPDATE donations SET status = 'paid', paid_at = $1, provider_payment_id = coalesce($2, provider_payment_id), overflow = $3, updated_at = now() WHERE id = $4
       ), ledger AS (
         INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id) VALUES ('gift_in', $5, $6, $7, $8, $4)
       )
       UPDATE payment_events SET outcome = $9 WHERE id = $10`,
      [at, event.providerPaymentId ?? null, overflow, event.donationId, amount, gift.source === 'donor' ? 'donor' : gift.source, overflow ? 'refunds-due' : `project:${projectId}`, projectId, overflow ? 'overflow' : 'applied', eventRow],
    )
    if (overflow) return { outcome: 'overflow', projectId, status: 'paid', reachedOptimum: false }
    // Sponsors' and the fund's programmes top the gift up in this same transaction (the project is locked).
    const added = gift.source === 'donor' ? await applyGiftTopUps(db, { giftId: event.donationId, projectId, giftCents: amount, donorEmail: gift.identity_email, now: at }) : 0
    const project = added ? (await db.query('SELECT status, stop_at_optimum, collected_cents >= optimum_goal_cents AS at_optimum FROM projects WHERE id = $1', [projectId])).rows[0] : counted.rows[0]
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
