/**
 * What happens to the gifts of a failed campaign (domain.md, "Donations"): each donor's gift is
 * refunded in full or moved to the solidarity fund, as the donor chose. A donor who made no choice
 * is asked by e-mail and has CHOICE_DAYS days; then DEFAULT_FAILURE_CHOICE applies: a refund, since
 * the donor never agreed to anything else. Top-ups from the fund go back to the fund; gifts paid
 * late past the optimum (`overflow`) are refunded whatever the outcome.
 */
export const CHOICE_DAYS = 30
export const DEFAULT_FAILURE_CHOICE = 'refund' as const

export type FailureChoice = 'refund' | 'solidarity'
export type SettledGift = {
  id: number
  source: 'donor' | 'sponsor' | 'solidarity'
  failureChoice: FailureChoice | null
  overflow: boolean
}
export type GiftFate = 'refund' | 'reallocate' | 'return_to_fund' | 'return_to_programme' | 'ask' | 'keep'

/** The fate of one paid gift when its campaign ends. */
export function giftFate(gift: SettledGift, outcome: 'succeeded' | 'failed'): GiftFate {
  if (gift.overflow) return 'refund'
  if (outcome === 'succeeded') return 'keep'
  if (gift.source === 'solidarity') return 'return_to_fund'
  // A sponsor's top-up goes back to its programme's budget.
  if (gift.source === 'sponsor') return 'return_to_programme'
  if (gift.failureChoice === 'solidarity') return 'reallocate'
  if (gift.failureChoice === 'refund') return 'refund'
  return 'ask'
}

export const choiceDeadline = (failedAt: Date) => new Date(failedAt.getTime() + CHOICE_DAYS * 86_400_000)
