import { formatEuros as euros } from '@/domain/text/format'

import { type Hold, MAX_PENDING_GIFTS_PER_DONOR, type Room, isProvisional, pendingGiftsOf, roomFor } from './holds'

/**
 * The rules of a gift (domain.md, "Donations"). Money is integer cents.
 */
export const MIN_GIFT_CENTS = 1_000 // 10 €
export const ADMIN_APPROVAL_ABOVE_CENTS = 1_000_000 // gifts above 10,000 € wait for an admin
/** Far above any real gift (the largest seen is 6,000 €): beyond it the amount is a typo. */
export const MAX_GIFT_CENTS = 10_000_000 // 100,000 €
/** A pending card or SEPA checkout holds its place under the optimum this long (Stripe's shortest checkout). */
export const CHECKOUT_VALIDITY_MINUTES = 30
/** A SEPA debit under way (checkout done, money not yet received) holds its place this long. */
export const DEBIT_VALIDITY_DAYS = 14
/** A bank transfer announced by a donor has this long to arrive, then the gift expires. */
export const TRANSFER_VALIDITY_DAYS = 10

export type HoldStage = 'card' | 'sepa_debit' | 'transfer' | 'debit_in_flight'

/**
 * Until when a pending gift holds its place: a card or SEPA checkout CHECKOUT_VALIDITY_MINUTES
 * (Stripe's shortest checkout), a SEPA debit under way (mandate signed, money on its way)
 * DEBIT_VALIDITY_DAYS, a bank transfer TRANSFER_VALIDITY_DAYS.
 */
export function holdEndsAt(stage: HoldStage, from: Date): Date {
  const minutes = {
    card: CHECKOUT_VALIDITY_MINUTES,
    sepa_debit: CHECKOUT_VALIDITY_MINUTES,
    transfer: TRANSFER_VALIDITY_DAYS * 1440,
    debit_in_flight: DEBIT_VALIDITY_DAYS * 1440,
  }[stage]
  return new Date(from.getTime() + minutes * 60_000)
}

/** Why this amount can never be a gift (on the amount field), or null. */
export function amountProblem(amountCents: number): string | null {
  if (Number.isNaN(amountCents)) return 'Indiquez un montant en euros, au centime près, par exemple 30 ou 25,50.'
  if (amountCents > MAX_GIFT_CENTS)
    return `Le don maximum en ligne est de ${euros(MAX_GIFT_CENTS)} : pour un don plus important, écrivez-nous.`
  if (amountCents < MIN_GIFT_CENTS) return `Le don minimum est de ${euros(MIN_GIFT_CENTS)}.`
  if (!Number.isInteger(amountCents)) return 'Indiquez un montant en euros, au centime près, par exemple 30 ou 25,50.'
  return null
}

export type CampaignState = {
  status: string
  stopAtOptimum: boolean | null | undefined
  optimumGoalCents: number | null | undefined
  /** Paid gifts. */
  collectedCents: number
  /** Pending gifts that still hold a place (not expired). */
  holds: readonly Hold[]
}

const isLimited = (campaign: CampaignState): campaign is CampaignState & { optimumGoalCents: number } =>
  Boolean(campaign.stopAtOptimum) && campaign.optimumGoalCents != null

/** What `holder` (null: a visitor, a top-up) may still give, or null when there is no limit (no stop at the optimum). */
export function openAmountCents(campaign: CampaignState, holder: string | null = null): number | null {
  return isLimited(campaign)
    ? roomFor(campaign.optimumGoalCents, campaign.collectedCents, campaign.holds, holder).openCents
    : null
}

export type GiftDecision =
  { ok: true; provisional: boolean } | { ok: false; path: 'amountCents' | 'project' | 'email'; message: string }

/**
 * Whether `holder` (the donor's e-mail, lower case) may give this amount to the campaign now, and
 * whether the gift's place is guaranteed (firm) or provisional (see ./holds.ts).
 */
export function decideGift(amountCents: number, campaign: CampaignState, holder: string): GiftDecision {
  if (campaign.status !== 'collecting')
    return {
      ok: false,
      path: 'project',
      message: 'La collecte de ce projet n’est pas ouverte : il ne reçoit pas de dons.',
    }
  const problem = amountProblem(amountCents)
  if (problem) return { ok: false, path: 'amountCents', message: problem }
  if (pendingGiftsOf(campaign.holds, holder) >= MAX_PENDING_GIFTS_PER_DONOR) {
    return {
      ok: false,
      path: 'email',
      message: `Cette adresse a déjà ${MAX_PENDING_GIFTS_PER_DONOR} dons en attente de paiement pour ce projet : réglez-en un, ou attendez qu’ils expirent (${CHECKOUT_VALIDITY_MINUTES} minutes pour un paiement par carte).`,
    }
  }
  if (!isLimited(campaign)) return { ok: true, provisional: false }
  const room = roomFor(campaign.optimumGoalCents, campaign.collectedCents, campaign.holds, holder)
  if (amountCents <= room.openCents) return { ok: true, provisional: isProvisional(amountCents, room.openCents) }
  return { ok: false, path: 'amountCents', message: overOptimumMessage(room) }
}

function overOptimumMessage({ roomCents, heldCents, ownCents, openCents }: Room): string {
  if (roomCents === 0) return 'Ce projet a atteint son objectif : il ne reçoit plus de dons.'
  if (heldCents === 0) {
    return openCents >= MIN_GIFT_CENTS
      ? `Ce projet n’a plus besoin que de ${euros(openCents)} pour atteindre son objectif : donnez ${euros(openCents)} au plus.`
      : `Il ne manque que ${euros(openCents)} à ce projet, moins que le don minimum : il ne reçoit plus de dons.`
  }
  const held = ownCents
    ? `Vos dons en attente de paiement (${euros(ownCents)})${heldCents > ownCents ? ' et ceux d’autres donateurs' : ''} réservent ${euros(heldCents)} des ${euros(roomCents)} qui manquent`
    : `Des dons en cours de paiement réservent ${euros(heldCents)} des ${euros(roomCents)} qui manquent`
  return openCents >= MIN_GIFT_CENTS
    ? `${held} : donnez ${euros(openCents)} au plus.`
    : `${held} : si ces dons ne sont pas réglés, leur place se libère ; revenez plus tard.`
}

export const needsAdminApproval = (amountCents: number) => amountCents > ADMIN_APPROVAL_ABOVE_CENTS
