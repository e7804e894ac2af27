/**
 * The rules of a gift (domain.md, "Donations"). Money is integer cents.
 */
export const MIN_GIFT_CENTS = 1_000 // 10 €
export const ADMIN_APPROVAL_ABOVE_CENTS = 1_000_000 // gifts above 10,000 € wait for an admin
/** Far above any real gift (the largest seen is 6,000 €): beyond it the amount is a typo. */
export const MAX_GIFT_CENTS = 10_000_000 // 100,000 €
/** A pending card or SEPA checkout holds its place under the optimum this long. */
export const CHECKOUT_VALIDITY_MINUTES = 30
/** A SEPA debit under way (checkout done, money not yet received) holds its place this long. */
export const DEBIT_VALIDITY_DAYS = 14
/** A bank transfer announced by a donor has this long to arrive, then the gift expires. */
export const TRANSFER_VALIDITY_DAYS = 10

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: cents % 100 ? 2 : 0 }).format(cents / 100)

export type ProjectCapacity = {
  status: string
  stopAtOptimum: boolean | null | undefined
  optimumGoalCents: number | null | undefined
  /** Paid gifts. */
  collectedCents: number
  /** Gifts being paid (pending, not expired): they hold their place under the optimum. */
  reservedCents: number
}

/** How much may still be given, or null when there is no limit (no stop at the optimum). */
export function openAmountCents(project: ProjectCapacity): number | null {
  if (!project.stopAtOptimum || project.optimumGoalCents == null) return null
  return Math.max(0, project.optimumGoalCents - project.collectedCents - project.reservedCents)
}

export type GiftProblem = { path: 'amountCents' | 'project'; message: string }

/** Why a gift of this amount may not be made to this project now, or null. */
export function giftProblem(amountCents: number, project: ProjectCapacity): GiftProblem | null {
  if (project.status !== 'collecting') return { path: 'project', message: 'La collecte de ce projet n’est pas ouverte : il ne reçoit pas de dons.' }
  if (!Number.isInteger(amountCents) || amountCents < MIN_GIFT_CENTS) return { path: 'amountCents', message: `Le don minimum est de ${euros(MIN_GIFT_CENTS)}.` }
  if (amountCents > MAX_GIFT_CENTS) return { path: 'amountCents', message: `Pour un don de plus de ${euros(MAX_GIFT_CENTS)}, écrivez-nous.` }
  const open = openAmountCents(project)
  if (open !== null && amountCents > open) {
    return {
      path: 'amountCents',
      message:
        open >= MIN_GIFT_CENTS
          ? `Ce projet n’a plus besoin que de ${euros(open)} pour atteindre son objectif : donnez ${euros(open)} au plus.`
          : open > 0
            ? `Il ne manque que ${euros(open)} à ce projet, moins que le don minimum : il ne reçoit plus de dons.`
            : 'Ce projet a atteint son objectif : il ne reçoit plus de dons.',
    }
  }
  return null
}

export const needsAdminApproval = (amountCents: number) => amountCents > ADMIN_APPROVAL_ABOVE_CENTS
