import type { Endpoint } from 'payload'

import { env } from '@/env'
import { parseStripeWebhook } from '@/services/payments/stripe-webhook'

import { answering, refuse } from './http'

/**
 * `POST /api/payments/stripe/webhook`: Stripe's events, verified on the raw body (400 and nothing
 * written when the signature is wrong or missing), queued for the jobs worker, acknowledged at once.
 */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/payments/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const secret = env.STRIPE_WEBHOOK_SECRET
    if (!secret) return refuse(404, 'Stripe n’est pas configuré.')
    const raw = await req.text!()
    return answering(
      async () => {
        const event = parseStripeWebhook(raw, req.headers.get('stripe-signature'), secret)
        if (event) {
          await req.payload.jobs.queue({
            task: 'applyPaymentEvent',
            input: {
              ...event,
              providerPaymentId: event.providerPaymentId ?? undefined,
              at: (event.at ?? new Date()).toISOString(),
            },
          })
        }
        return Response.json({ received: true })
      },
      { 400: 'Signature invalide.' },
    )
  },
}
