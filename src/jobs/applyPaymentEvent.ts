import type { TaskConfig } from 'payload'

import { confirmPayment } from '@/services/donations/confirm-payment'

/** Applies a verified payment event (from the Stripe webhook); retried, and applied once whatever the retries. */
export const applyPaymentEventTask: TaskConfig<'applyPaymentEvent'> = {
  slug: 'applyPaymentEvent',
  label: 'Appliquer un événement de paiement',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 10_000 } },
  inputSchema: [
    { name: 'eventId', type: 'text', required: true },
    { name: 'type', type: 'select', options: ['paid', 'failed', 'expired', 'processing'], required: true },
    { name: 'donationId', type: 'number', required: true },
    { name: 'providerPaymentId', type: 'text' },
    { name: 'at', type: 'date', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const result = await confirmPayment(req.payload, {
      eventId: input.eventId,
      provider: 'stripe',
      type: input.type,
      donationId: input.donationId,
      providerPaymentId: input.providerPaymentId ?? null,
      at: new Date(input.at),
    })
    return { output: { outcome: result.outcome } }
  },
}
