import { formatEurosToTheCent as euros } from '@/domain/text/format'

/**
 * The solidarity fund (domain.md, "Solidarity fund"): a ledger account, `fund`. Money comes in from
 * reallocated gifts, returned top-ups and partners' grants; it goes out only as top-ups of
 * Courte Échelle projects, never beyond the fund's balance nor the project's optimum.
 */
export const FUND_ACCOUNT = 'fund'

export type TopUpTarget = {
  status: string
  courteEchelle: boolean | null | undefined
  optimumGoalCents: number | null | undefined
  collectedCents: number
  /** Gifts being paid hold their place under the optimum. */
  reservedCents: number
}

export type FieldProblem = { path: string; message: string }

/** Why this top-up may not be made, on the field to correct, or null. */
export function topUpProblem(
  amountCents: number,
  fundBalanceCents: number,
  project: TopUpTarget | null,
): FieldProblem | null {
  if (!Number.isInteger(amountCents) || amountCents <= 0)
    return { path: 'amountCents', message: 'Indiquez un montant positif, en centimes.' }
  if (!project) return { path: 'project', message: 'Choisissez le projet à abonder.' }
  if (!project.courteEchelle)
    return { path: 'project', message: 'Le fonds solidaire n’abonde que les projets labellisés Courte Échelle.' }
  if (project.status !== 'collecting')
    return { path: 'project', message: 'Ce projet n’est pas en collecte : il ne peut pas être abondé.' }
  if (project.optimumGoalCents == null)
    return { path: 'project', message: 'Ce projet n’a pas d’objectif optimum : fixez-le avant de l’abonder.' }
  const open = project.optimumGoalCents - project.collectedCents - project.reservedCents
  if (amountCents > open) {
    return {
      path: 'amountCents',
      message:
        open > 0
          ? `Ce projet n’a plus besoin que de ${euros(open)} pour atteindre son optimum.`
          : 'Ce projet a atteint son optimum.',
    }
  }
  if (amountCents > fundBalanceCents)
    return {
      path: 'amountCents',
      message: `Le solde du fonds solidaire est de ${euros(fundBalanceCents)} : abondez de ce montant au plus.`,
    }
  return null
}

/** Why this grant to the fund may not be recorded, or null. */
export function grantProblem(amountCents: number, partner: string | null | undefined): FieldProblem | null {
  if (!Number.isInteger(amountCents) || amountCents <= 0)
    return { path: 'amountCents', message: 'Indiquez un montant positif, en centimes.' }
  if (!partner?.trim()) return { path: 'partner', message: 'Indiquez le partenaire qui verse la subvention.' }
  return null
}
