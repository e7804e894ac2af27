import type { Endpoint } from 'payload'

import { env } from '@/env'
import { WebhookSignatureError, parseStripeWebhook } from '@/services/payments/stripe-webhook'

/**
 * `POST /api/payments/stripe/webhook`: Stripe's events, verified on the raw body (400 and nothing
 * written when the signature is wrong or missing), queued for the jobs worker, acknowledged at once.
 */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/payments/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    if (!env.STRIPE_WEBHOOK_SECRET) return Response.json({ error: 'Stripe n’est pas configuré.' }, { status: 404 })
    const raw = await req.text!()
    try {
      const event = parseStripeWebhook(raw, req.headers.get('stripe-signature'), env.STRIPE_WEBHOOK_SECRET)
      if (event) {
        await req.payload.jobs.queue({ task: 'applyPaymentEvent', input: { ...event, providerPaymentId: event.providerPaymentId ?? undefined, at: (event.at ?? new Date()).toISOString() } })
      }
      return Response.json({ received: true })
    } catch (error) {
      if (error instanceof WebhookSignatureError) return Response.json({ error: 'Signature invalide.' }, { status: 400 })
      throw error
    }
  },
}
