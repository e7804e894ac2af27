/** How a gift appears on the project's page, as its donor chose: a name, or "Anonyme"; an amount, or none. */
export type PublicDonor = { name: string; amountCents: number | null; paidAt: string }

export type GiftForDisplay = {
  display: 'name' | 'anonymous' | null
  hideAmount: boolean | null
  donorType: 'individual' | 'company'
  firstName: string | null
  lastName: string | null
  companyName: string | null
  amountCents: number
  paidAt: string
}

/** First name and initial for people (never the full name), the company's name for companies. */
export function publicDonor(gift: GiftForDisplay): PublicDonor {
  const amountCents = gift.hideAmount ? null : gift.amountCents
  if (gift.display === 'anonymous') return { name: 'Anonyme', amountCents, paidAt: gift.paidAt }
  const name =
    gift.donorType === 'company' && gift.companyName
      ? gift.companyName
      : [gift.firstName?.trim(), gift.lastName?.trim() ? `${gift.lastName.trim()[0].toUpperCase()}.` : null]
          .filter(Boolean)
          .join(' ') || 'Anonyme'
  return { name, amountCents, paidAt: gift.paidAt }
}
