import type { GiftFate } from '@/domain/donations/failure-choice'
import { campaignFailedDonorMail } from '@/emails/donors'
import { donationToken } from '@/services/payments/signed-link'
import { type Site, siteUrl } from '@/services/sites/registry'

/** The donor's page on the crowdfunding site to choose between refund and fund, for a gift of a failed campaign. */
export const choiceUrl = (site: Site, donationId: number) =>
  siteUrl(site, `/dons/${donationId}/choix?jeton=${donationToken(donationId, 'choice')}`)

type FailedGift = { id: number; firstName: string | null; amountCents: number; reference: string; title: string }

/** The e-mail of a failed campaign to a donor (src/emails/donors.ts), with the signed link to choose on `site`. */
export const campaignFailedMail = (gift: FailedGift, fate: GiftFate, deadline: Date, site: Site) =>
  campaignFailedDonorMail(gift, fate, deadline, choiceUrl(site, gift.id))
