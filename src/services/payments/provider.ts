import Stripe from 'stripe'

import { env } from '@/env'
import { type Site, siteUrl } from '@/services/sites/registry'

import { donationToken } from './signed-link'

export type CheckoutRequest = {
  donationId: number
  reference: string
  amountCents: number
  email: string
  method: 'card' | 'sepa_debit'
  projectTitle: string
  projectSlug: string
  expiresAt: Date
  /** The crowdfunding site, where the donor comes back (thanks, or the form again): its primary domain as saved. */
  site: Site
}

export type RefundRequest = { donationId: number; providerPaymentId: string | null; amountCents: number }
export type TransferRequest = { payoutId: number; projectId: number; amountCents: number; destination: string }

/**
 * Where the donor pays (Stripe's hosted Checkout, or the local test provider without Stripe keys),
 * and how money goes back (refunds) or on (transfers to a structure's connected account). Refunds
 * and transfers carry an idempotency key derived from our record, so a retry after a crash finds
 * the first one instead of making a second.
 */
export interface PaymentProvider {
  readonly name: 'stripe' | 'test'
  /** `expiresAt`: when the checkout closes (no payment can start after it). */
  startCheckout(request: CheckoutRequest): Promise<{ sessionId: string; url: string; expiresAt: Date }>
  refund(request: RefundRequest): Promise<{ refundId: string }>
  transfer(request: TransferRequest): Promise<{ transferId: string }>
}

/** The thanks page of a gift, on the crowdfunding site. */
export const thanksPath = (slug: string, donationId: number) =>
  `/projets/${slug}/don/merci?don=${donationId}&jeton=${donationToken(donationId)}`

/** Development and tests: a page of the portal, labelled "mode test", confirms or fails the payment. */
export const testProvider: PaymentProvider = {
  name: 'test',
  async startCheckout({ donationId, expiresAt, site }) {
    return {
      sessionId: `test_${donationId}`,
      url: siteUrl(site, `/paiement-test/${donationId}?jeton=${donationToken(donationId)}`),
      expiresAt,
    }
  },
  async refund({ donationId }) {
    return { refundId: `test_refund_${donationId}` }
  },
  async transfer({ payoutId }) {
    return { transferId: `test_transfer_${payoutId}` }
  },
}

let stripeClient: Stripe | null = null
export function stripe(): Stripe {
  if (!env.STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is not set')
  stripeClient ??= new Stripe(env.STRIPE_SECRET_KEY, { maxNetworkRetries: 2, appInfo: { name: 'portail-gip' } })
  return stripeClient
}

/**
 * Stripe refuses a checkout that closes less than 30 minutes after it receives the request: a hold
 * computed before our transaction would be a few milliseconds short. One minute of margin.
 */
const stripeCheckoutExpiry = (wanted: Date, now = new Date()) =>
  Math.ceil(Math.max(wanted.getTime(), now.getTime() + 31 * 60_000) / 1000)

export const stripeProvider: PaymentProvider = {
  name: 'stripe',
  async startCheckout(request) {
    const session = await stripe().checkout.sessions.create(
      {
        mode: 'payment',
        allowed_payment_method_types: [request.method],
        customer_email: request.email,
        client_reference_id: String(request.donationId),
        metadata: { donationId: String(request.donationId), reference: request.reference },
        payment_intent_data: {
          metadata: { donationId: String(request.donationId) },
          description: `Don ${request.reference}`,
        },
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: 'eur',
              unit_amount: request.amountCents,
              product_data: { name: `Don au projet « ${request.projectTitle} »` },
            },
          },
        ],
        success_url: siteUrl(request.site, thanksPath(request.projectSlug, request.donationId)),
        cancel_url: siteUrl(request.site, `/projets/${request.projectSlug}/don?annule=1`),
        expires_at: stripeCheckoutExpiry(request.expiresAt),
        locale: 'fr',
      },
      // Derived from our own record: a retried request never opens a second session.
      { idempotencyKey: `donation-${request.donationId}-checkout` },
    )
    return { sessionId: session.id, url: session.url!, expiresAt: new Date(session.expires_at * 1000) }
  },
  async refund({ donationId, providerPaymentId }) {
    if (!providerPaymentId) throw new Error(`donation ${donationId}: no Stripe payment to refund`)
    try {
      const refund = await stripe().refunds.create(
        {
          payment_intent: providerPaymentId,
          reason: 'requested_by_customer',
          metadata: { donationId: String(donationId) },
        },
        { idempotencyKey: `donation-${donationId}-refund` },
      )
      return { refundId: refund.id }
    } catch (error) {
      // Refunded already (a retry after Stripe's idempotency window): that refund is ours.
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'charge_already_refunded') {
        const { data } = await stripe().refunds.list({ payment_intent: providerPaymentId, limit: 1 })
        if (data[0]) return { refundId: data[0].id }
      }
      throw error
    }
  },
  async transfer({ payoutId, projectId, amountCents, destination }) {
    const transfer = await stripe().transfers.create(
      {
        amount: amountCents,
        currency: 'eur',
        destination,
        transfer_group: `project-${projectId}`,
        metadata: { payoutId: String(payoutId), projectId: String(projectId) },
      },
      { idempotencyKey: `payout-${payoutId}-transfer` },
    )
    return { transferId: transfer.id }
  },
}

export const paymentProvider = (): PaymentProvider => (env.usesTestPayments ? testProvider : stripeProvider)

/** The provider a gift was paid through, for its refund; null for bank transfers (refunded by hand). */
export const providerNamed = (name: string): PaymentProvider | null =>
  name === 'stripe' ? stripeProvider : name === 'test' ? testProvider : null
