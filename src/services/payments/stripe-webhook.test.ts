import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { WebhookSignatureError, parseStripeWebhook } from './stripe-webhook'

const secret = 'whsec_test_secret'
const stripe = new Stripe('sk_test_x')

function signed(type: string, session: Record<string, unknown>, id = 'evt_1') {
  const body = JSON.stringify({
    id,
    type,
    created: 1_800_000_000,
    object: 'event',
    data: { object: { object: 'checkout.session', ...session } },
  })
  return { body, signature: stripe.webhooks.generateTestHeaderString({ payload: body, secret }) }
}

describe('parseStripeWebhook', () => {
  it('turns a paid checkout into a payment of our gift', () => {
    const { body, signature } = signed('checkout.session.completed', {
      payment_status: 'paid',
      metadata: { donationId: '42' },
      payment_intent: 'pi_1',
    })
    expect(parseStripeWebhook(body, signature, secret)).toEqual({
      eventId: 'evt_1',
      provider: 'stripe',
      type: 'paid',
      donationId: 42,
      providerPaymentId: 'pi_1',
      at: new Date(1_800_000_000_000),
    })
  })
  it('waits for a SEPA debit: a completed but unpaid checkout is only "processing"', () => {
    const { body, signature } = signed('checkout.session.completed', {
      payment_status: 'unpaid',
      metadata: { donationId: '42' },
    })
    expect(parseStripeWebhook(body, signature, secret)).toMatchObject({ type: 'processing', donationId: 42 })
  })
  it.each([
    ['checkout.session.async_payment_succeeded', 'paid'],
    ['checkout.session.async_payment_failed', 'failed'],
    ['checkout.session.expired', 'expired'],
  ])('maps %s to %s', (type, expected) => {
    const { body, signature } = signed(type, { client_reference_id: '7' })
    expect(parseStripeWebhook(body, signature, secret)).toMatchObject({ type: expected, donationId: 7 })
  })
  it('ignores other events and sessions that are not ours', () => {
    expect(
      parseStripeWebhook(...(Object.values(signed('customer.created', {})) as [string, string]), secret),
    ).toBeNull()
    expect(
      parseStripeWebhook(...(Object.values(signed('checkout.session.expired', {})) as [string, string]), secret),
    ).toBeNull()
  })
  it('refuses a forged, tampered or missing signature', () => {
    const { body, signature } = signed('checkout.session.completed', {
      payment_status: 'paid',
      metadata: { donationId: '42' },
    })
    expect(() => parseStripeWebhook(body, signature, 'whsec_other')).toThrow(WebhookSignatureError)
    expect(() => parseStripeWebhook(body.replace('42', '43'), signature, secret)).toThrow(WebhookSignatureError)
    expect(() => parseStripeWebhook(body, null, secret)).toThrow(WebhookSignatureError)
  })
})
