import { campaignDays } from './campaign-window'

/**
 * What the project page says and draws about a campaign: the days left in words, the progress bar's
 * geometry (one bar, the minimum marked on it, the optimum as its end), the donors' wall and the
 * share of each budget line. Pure: the page passes today's Paris date.
 */

/** "plus que 8 jours", "dernier jour", "30 jours restants"; null once the campaign has ended or before it opens. */
export function daysLeftWording(endDate: string, today: string): string | null {
  const left = campaignDays(today, endDate)
  if (left < 1) return null
  if (left === 1) return 'dernier jour'
  if (left <= URGENT_DAYS) return `plus que ${left} jours`
  return `${left} jours restants`
}

/** From this many days left down, the wording presses ("plus que …"). */
export const URGENT_DAYS = 10

export type BarGeometry = {
  /** Width of the filled part, in % of the bar (the bar's end is the optimum). */
  filledPercent: number
  /** Where the minimum's mark sits, in % of the bar. */
  minimumAt: number
  /** Collected share of the minimum, in whole %, floored (may pass 100). */
  ofMinimum: number
  reachedMinimum: boolean
  reachedOptimum: boolean
}

const floorPercent = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 100) / whole) : 0)

/** The single progress bar: its end is the optimum (or the minimum when no optimum is above it). */
export function barGeometry({
  collectedCents,
  minimumGoalCents,
  optimumGoalCents,
}: {
  collectedCents: number
  minimumGoalCents: number
  optimumGoalCents: number
}): BarGeometry {
  const end = Math.max(optimumGoalCents, minimumGoalCents)
  const collected = Math.max(0, collectedCents)
  return {
    filledPercent: Math.min(100, floorPercent(collected, end)),
    minimumAt: end > 0 ? Math.round((minimumGoalCents * 1000) / end) / 10 : 0,
    ofMinimum: floorPercent(collected, minimumGoalCents),
    reachedMinimum: minimumGoalCents > 0 && collected >= minimumGoalCents,
    reachedOptimum: end > 0 && collected >= end,
  }
}

/**
 * The donors' wall: the first `limit` shown, and how many others ("et N autres"). `total` is the
 * campaign's donor count when only the latest gifts were loaded.
 */
export function donorWall<T>(
  donors: readonly T[],
  limit: number,
  total = donors.length,
): { shown: T[]; others: number } {
  const shown = donors.slice(0, Math.max(0, limit))
  return { shown, others: Math.max(total, donors.length) - shown.length }
}

/** "et 1 autre", "et 12 autres"; null when none are left out. */
export function othersWording(others: number): string | null {
  if (others <= 0) return null
  return `et ${others} autre${others > 1 ? 's' : ''}`
}

/**
 * What each budget line takes of every euro given, in cents of a euro: whole cents that add up to
 * exactly 100 (largest remainders), so "sur 1 €, 45 c paient le car".
 */
export function centsPerEuro(lines: readonly { amountCents: number }[]): number[] {
  const total = lines.reduce((sum, line) => sum + Math.max(0, line.amountCents), 0)
  if (total <= 0) return lines.map(() => 0)
  const exact = lines.map((line) => (Math.max(0, line.amountCents) * 100) / total)
  const shares = exact.map(Math.floor)
  let missing = 100 - shares.reduce((a, b) => a + b, 0)
  const order = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (missing <= 0) break
    shares[i]++
    missing--
  }
  return shares
}

export type CampaignOutcome = 'succeeded' | 'failed' | 'settling' | null

/** The outcome of a closed campaign, in words for donors: what happened and what became of the gifts. */
export function outcomeWording(status: string): { outcome: CampaignOutcome; title: string; text: string } | null {
  switch (status) {
    case 'settling':
      return {
        outcome: 'settling',
        title: 'La collecte est terminée',
        text: 'Les derniers paiements sont en cours de vérification ; le résultat sera annoncé ici dans quelques jours.',
      }
    case 'succeeded':
    case 'funds_released':
    case 'realised':
    case 'archived':
      return {
        outcome: 'succeeded',
        title: 'Collecte réussie',
        text:
          status === 'succeeded'
            ? 'L’objectif minimum est atteint : les dons vont être versés à la structure de l’établissement, qui réalisera le projet.'
            : status === 'funds_released'
              ? 'L’objectif minimum est atteint : les dons ont été versés à la structure de l’établissement pour réaliser le projet.'
              : 'L’objectif minimum a été atteint, les dons ont été versés et le projet a été réalisé : la classe en donne des nouvelles ci-dessous.',
      }
    case 'failed':
      return {
        outcome: 'failed',
        title: 'Collecte échouée',
        text: 'L’objectif minimum n’a pas été atteint : chaque don est remboursé en totalité ou versé au fonds solidaire, comme son donateur l’a choisi. Aucun frais n’est retenu.',
      }
    default:
      return null
  }
}
