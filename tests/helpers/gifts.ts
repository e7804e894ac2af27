import type { Payload } from 'payload'

import type { GiftInput } from '@/domain/donations/gift-form'
import { confirmPayment } from '@/services/donations/confirm-payment'
import { createDonation } from '@/services/donations/create-donation'
import { testProvider } from '@/services/payments/provider'

import { unique } from './factories'

/** A donor's gift as the giving form parses it. */
export const giftInput = (amountCents: number, extra: Partial<GiftInput> = {}): GiftInput => ({
  amountCents,
  donorType: 'individual',
  firstName: 'Damien',
  lastName: 'Martin',
  email: `${unique('donateur')}@example.org`,
  address: '3 rue des Lilas',
  postcode: '95100',
  city: 'Argenteuil',
  country: 'France',
  display: 'name',
  hideAmount: false,
  wantsReceipt: true,
  wantsNews: true,
  failureChoice: 'refund',
  paymentMethod: 'card',
  ...extra,
})

/** A pending gift through the test provider; its id. */
export async function give(
  payload: Payload,
  projectId: number,
  amountCents: number,
  extra: Partial<GiftInput> = {},
): Promise<number> {
  const result = await createDonation(payload, {
    projectId,
    gift: giftInput(amountCents, extra),
    provider: testProvider,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.donationId
}

export const paidEvent = (donationId: number) => ({
  eventId: `evt_${unique('paid')}`,
  provider: 'test' as const,
  type: 'paid' as const,
  donationId,
})

/** A gift given and paid; its id. */
export async function givePaid(
  payload: Payload,
  projectId: number,
  amountCents: number,
  extra: Partial<GiftInput> = {},
): Promise<number> {
  const id = await give(payload, projectId, amountCents, extra)
  await confirmPayment(payload, paidEvent(id))
  return id
}
