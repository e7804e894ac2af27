import type { Payload } from 'payload'

import { holdEndsAt } from '@/domain/donations/rules'
import { type DonationStatus, canMoveDonation } from '@/domain/donations/status'
import { drizzleOf, inDbTransaction } from '@/services/db/drizzle'
import { activeProgrammes, applyGiftTopUps } from '@/services/sponsors/top-ups'

import { othersFirmCents } from './holds'
import {
  countPayment,
  expirePendingGifts,
  extendHold,
  lockGiftForPayment,
  lockProject,
  moveGift,
  projectAtOptimum,
  recordPaymentEvent,
  setEventOutcome,
} from './store'

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
  return inDbTransaction(payload, async (db) => {
    // The hot path's statements are prepared once per connection (named): planned once, not per gift.
    const eventRow = await recordPaymentEvent(db, event)
    if (eventRow === null) return { outcome: 'duplicate' }
    const setOutcome = (outcome: string) => setEventOutcome(db, eventRow, outcome)

    const gift = await lockGiftForPayment(db, event.donationId)
    if (!gift) {
      await setOutcome('unknown_donation')
      return { outcome: 'unknown_donation' }
    }
    const projectId = gift.project
    if (event.type === 'processing') {
      if (gift.status !== 'pending') {
        await setOutcome(`ignored: ${gift.status} → processing`)
        return { outcome: 'ignored' }
      }
      // The gift keeps its place under the optimum while the debit is on its way.
      await extendHold(db, event.donationId, holdEndsAt('debit_in_flight', at))
      await setOutcome('applied')
      return { outcome: 'applied', projectId, status: 'pending', reachedOptimum: false }
    }
    if (!canMoveDonation(gift.status, event.type)) {
      await setOutcome(`ignored: ${gift.status} → ${event.type}`)
      return { outcome: 'ignored' }
    }
    if (event.type !== 'paid') {
      await moveGift(db, event.donationId, gift.status, event.type)
      await setOutcome('applied')
      return { outcome: 'applied', projectId, status: event.type, reachedOptimum: false }
    }
    const amount = Number(gift.amountCents)
    const fromDonor = gift.source === 'donor'
    // Read before the project's lock, which every confirmation on the project queues for.
    const programmes = fromDonor ? await activeProgrammes(db, ['match', 'threshold'], at) : []
    // A gift whose place is not (or no longer) guaranteed — provisional, or paid after its hold
    // ended — counts only if it fits beside the places the others' firm gifts still hold: those
    // are summed under the project's lock, taken first in its own statement (README, "Gifts at the
    // optimum"). A firm gift fits by construction: no extra statement on the hot path.
    const guaranteed =
      gift.status === 'pending' &&
      !gift.provisional &&
      (gift.awaitingApproval || gift.expiresAt === null || new Date(gift.expiresAt) > at)
    let othersFirm = 0
    if (!guaranteed) {
      await lockProject(db, projectId)
      othersFirm = await othersFirmCents(db, projectId, event.donationId, at)
    }
    // One statement under the project's lock: the total and donor count grow only if the gift fits
    // under the optimum (beside the others' firm places, for a gift without a guaranteed one);
    // otherwise it is kept aside (`overflow`, owed back). Then the gift, its ledger row and the
    // event's outcome.
    const counted = await countPayment(db, {
      donationId: event.donationId,
      from: gift.status,
      eventRow,
      projectId,
      amountCents: amount,
      at,
      providerPaymentId: event.providerPaymentId ?? null,
      ledgerFrom: fromDonor ? 'donor' : gift.source,
      donorCount: fromDonor ? 1 : 0,
      othersFirmCents: othersFirm,
    })
    if (counted.overflow) return { outcome: 'overflow', projectId, status: 'paid', reachedOptimum: false }
    // Sponsors' and the fund's programmes top the gift up in this same transaction (the project is locked).
    const added = programmes.length
      ? await applyGiftTopUps(db, programmes, {
          giftId: event.donationId,
          projectId,
          giftCents: amount,
          donorEmail: gift.email,
          now: at,
        })
      : 0
    const project = added ? await projectAtOptimum(db, projectId) : counted
    return {
      outcome: 'applied',
      projectId,
      status: 'paid',
      reachedOptimum: Boolean(project.stopAtOptimum && project.atOptimum) && project.status === 'collecting',
    }
  })
}

/**
 * Gifts whose payment never came: pending past their expiry (plus an hour, for a late provider
 * event) become `expired` and free their place under the optimum. Gifts waiting for an admin stay
 * while their campaign collects; once it has closed, one no admin accepted expires.
 */
export async function expireStaleGifts(payload: Payload, now = new Date()): Promise<number> {
  return expirePendingGifts(drizzleOf(payload), new Date(now.getTime() - 3_600_000))
}
