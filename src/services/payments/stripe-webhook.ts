import Stripe from 'stripe'

import type { PaymentEvent } from '@/services/donations/apply-payment-event'

// Signature checks need no API key; this client never calls Stripe.
const verifier = new Stripe('sk_test_signature_only')

const TYPES: Record<string, PaymentEvent['type'] | 'paid_if_paid'> = {
  'checkout.session.completed': 'paid_if_paid',
  'checkout.session.async_payment_succeeded': 'paid',
  'checkout.session.async_payment_failed': 'failed',
  'checkout.session.expired': 'expired',
}

/** A refusal (400): the endpoints' toolkit answers it by its status. */
export class WebhookSignatureError extends Error {
  readonly status = 400
  override name = 'WebhookSignatureError'
}

/**
 * A Stripe webhook, verified on its raw body with the endpoint's secret (a wrong or missing
 * signature throws WebhookSignatureError), as the payment event it means for one of our gifts (a
 * completed checkout whose SEPA debit is on its way is `processing`); null for other events.
 */
export function parseStripeWebhook(rawBody: string, signature: string | null, secret: string): PaymentEvent | null {
  let event: Stripe.Event
  try {
    event = verifier.webhooks.constructEvent(rawBody, signature ?? '', secret)
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : 'invalid signature')
  }
  const mapped = TYPES[event.type]
  if (!mapped) return null
  const session = event.data.object as Stripe.Checkout.Session
  const donationId = Number(session.metadata?.donationId ?? session.client_reference_id)
  if (!Number.isInteger(donationId) || donationId <= 0) return null
  const paymentId =
    typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null)
  const type = mapped !== 'paid_if_paid' ? mapped : session.payment_status === 'paid' ? 'paid' : 'processing'
  return {
    eventId: event.id,
    provider: 'stripe',
    type,
    donationId,
    providerPaymentId: paymentId,
    at: new Date(event.created * 1000),
  }
}
