import type { Payload } from 'payload'

import { giftThanksMail } from '@/emails/donors'
import { invalidateTags } from '@/services/cache/memory-cache'
import { revalidatePages } from '@/services/cache/next-revalidate'
import { CACHED_PAGES } from '@/services/cache/pages'
import { CACHE_TAGS } from '@/services/cache/tags'
import { sqlQuery } from '@/services/db/sql-transaction'
import { transitionProject } from '@/services/projects/transition-project'

import { type EventResult, type PaymentEvent, applyPaymentEvent } from './apply-payment-event'

/** The totals changed outside Payload's hooks: drop this process's cached catalogue and pages. */
export function refreshTotals() {
  invalidateTags([CACHE_TAGS.catalogue])
  revalidatePages(CACHED_PAGES.projects, CACHED_PAGES.catalogue, CACHED_PAGES.filteredCatalogue)
}

/**
 * A payment event and what follows it once committed: the thank-you e-mail, and the campaign moving
 * to `settling` when the optimum is reached (the campaign job does it too, should this step fail).
 */
export async function confirmPayment(payload: Payload, event: PaymentEvent): Promise<EventResult> {
  const result = await applyPaymentEvent(payload, event)
  if (result.outcome !== 'applied' || result.status !== 'paid') return result
  refreshTotals()
  if (result.reachedOptimum) {
    await transitionProject(payload, {
      projectId: result.projectId,
      to: 'settling',
      actorOf: () => ({ kind: 'system' }),
    }).catch((error: unknown) => {
      payload.logger.warn(
        { err: error, projectId: result.projectId },
        'optimum reached: the campaign job will close the campaign',
      )
    })
  }
  // SQL text: a read of the gift and its project for the thank-you e-mail, not a write.
  const { rows } = await sqlQuery(
    payload,
    `SELECT d.identity_email AS email, d.identity_first_name AS first_name, d.amount_cents::bigint AS amount, d.reference, p.title, p.slug
     FROM donations d JOIN projects p ON p.id = d.project_id WHERE d.id = $1`,
    [event.donationId],
  )
  const gift = rows[0]
  if (gift?.email) {
    await payload.jobs.queue({
      task: 'sendEmail',
      input: {
        to: gift.email,
        ...giftThanksMail({
          firstName: gift.first_name,
          amountCents: Number(gift.amount),
          reference: gift.reference,
          title: gift.title,
        }),
      },
    })
  }
  return result
}
