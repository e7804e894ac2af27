import { eq } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { FUND_ACCOUNT } from '@/domain/donations/solidarity-fund'
import { donations, projects } from '@/payload-generated-schema'
import { drizzleOf, inDbTransaction } from '@/services/db/drizzle'

import { executeRefunds } from './settle-campaigns'
import { lockUndecidedFailedGift, reallocateGift, requestRefund } from './store'

/** A gift as its failed campaign's donor sees it on the e-mailed link's page; undefined for no such gift. */
export async function giftToChooseFor(payload: Payload, donationId: number) {
  const [gift] = await drizzleOf(payload)
    .select({
      reference: donations.reference,
      amountCents: donations.amountCents,
      status: donations.status,
      choiceDeadline: donations.choiceDeadline,
      refundRequestedAt: donations.refundRequestedAt,
      title: projects.title,
      slug: projects.slug,
    })
    .from(donations)
    .innerJoin(projects, eq(projects.id, donations.project))
    .where(eq(donations.id, donationId))
  return gift
}

export type ChoiceResult = 'reallocated' | 'refund_requested' | 'closed'

/**
 * The donor of a failed campaign decides, before the deadline, what becomes of a gift they had not
 * decided about: moved to the fund at once (status, ledger row, one transaction), or refunded (the
 * refund is made right after, as by the outcomes job). `closed` once decided, settled or too late.
 */
export async function chooseFailedGiftFate(
  payload: Payload,
  donationId: number,
  choice: 'refund' | 'solidarity',
  now = new Date(),
): Promise<ChoiceResult> {
  const result = await inDbTransaction(payload, async (db): Promise<ChoiceResult> => {
    const gift = await lockUndecidedFailedGift(db, donationId, now)
    if (!gift) return 'closed'
    if (choice === 'refund') {
      await requestRefund(db, donationId, now)
      return 'refund_requested'
    }
    await reallocateGift(
      db,
      { id: donationId, projectId: gift.project, amountCents: gift.amountCents },
      { at: now, fundAccount: FUND_ACCOUNT, choice: 'solidarity' },
    )
    return 'reallocated'
  })
  if (result === 'refund_requested') await executeRefunds(payload, { donationIds: [donationId] })
  return result
}
