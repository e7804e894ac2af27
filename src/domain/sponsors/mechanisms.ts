import { formatWholeEuros } from '@/domain/text/format'

/**
 * How much a programme tops up (domain.md, "Sponsors"). Pure functions on cents; every top-up is
 * also bounded by the programme's budget left and the project's room under its optimum, so neither
 * is ever passed.
 */
export type Mechanism = 'match' | 'threshold' | 'gap_close'

export type Bounds = { budgetLeftCents: number; roomCents: number | null }

const bounded = (amount: number, { budgetLeftCents, roomCents }: Bounds, ...caps: (number | null | undefined)[]) =>
  Math.max(
    0,
    Math.floor(
      Math.min(amount, budgetLeftCents, roomCents ?? Infinity, ...caps.map((c) => (c == null ? Infinity : c))),
    ),
  )

/** Match: each new gift is matched at `ratioPercent` (100 = 1:1, 50 = 1:2), within the caps per gift, per project and per donor. */
export function matchTopUp(
  {
    giftCents,
    ratioPercent,
    capPerGiftCents,
    capPerProjectCents,
    capPerDonorCents,
  }: {
    giftCents: number
    ratioPercent: number
    capPerGiftCents?: number | null
    capPerProjectCents?: number | null
    capPerDonorCents?: number | null
  },
  { projectSoFarCents, donorSoFarCents }: { projectSoFarCents: number; donorSoFarCents: number },
  bounds: Bounds,
): number {
  const matched = Math.floor((giftCents * ratioPercent) / 100)
  return bounded(
    matched,
    bounds,
    capPerGiftCents,
    capPerProjectCents == null ? null : capPerProjectCents - projectSoFarCents,
    capPerDonorCents == null ? null : capPerDonorCents - donorSoFarCents,
  )
}

/** Threshold: a fixed amount, once, when the project reaches `sharePercent` of its minimum and `minDonors` donors. */
export function thresholdTopUp(
  { amountCents, sharePercent, minDonors }: { amountCents: number; sharePercent: number; minDonors: number },
  {
    collectedCents,
    minimumGoalCents,
    donorCount,
    alreadyToppedUp,
  }: { collectedCents: number; minimumGoalCents: number; donorCount: number; alreadyToppedUp: boolean },
  bounds: Bounds,
): number {
  if (alreadyToppedUp || donorCount < minDonors || collectedCents * 100 < minimumGoalCents * sharePercent) return 0
  return bounded(amountCents, bounds)
}

/** Gap close: `daysBeforeEnd` days before the end, a project at or above `sharePercent` of its minimum is topped up to it, within a cap. */
export function gapCloseTopUp(
  {
    daysBeforeEnd,
    sharePercent,
    capPerProjectCents,
  }: { daysBeforeEnd: number; sharePercent: number; capPerProjectCents?: number | null },
  {
    daysLeft,
    collectedCents,
    minimumGoalCents,
    alreadyToppedUp,
  }: { daysLeft: number; collectedCents: number; minimumGoalCents: number; alreadyToppedUp: boolean },
  bounds: Bounds,
): number {
  if (
    alreadyToppedUp ||
    daysLeft > daysBeforeEnd ||
    collectedCents >= minimumGoalCents ||
    collectedCents * 100 < minimumGoalCents * sharePercent
  )
    return 0
  const gap = minimumGoalCents - collectedCents
  // All or nothing: a top-up that would not close the gap does not help the campaign succeed.
  const amount = bounded(gap, bounds, capPerProjectCents)
  return amount === gap ? amount : 0
}

export type MechanismSettings = {
  mechanism: Mechanism
  ratioPercent?: number | null
  capPerGiftCents?: number | null
  capPerProjectCents?: number | null
  capPerDonorCents?: number | null
  amountCents?: number | null
  sharePercent?: number | null
  minDonors?: number | null
  daysBeforeEnd?: number | null
}

/** A negative or missing setting of the chosen mechanism, on its field. */
export function mechanismProblems(settings: MechanismSettings): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  const positive = (name: keyof MechanismSettings, message: string, required = false) => {
    const value = settings[name] as number | null | undefined
    if (value == null) {
      if (required) problems.push({ path: name, message })
    } else if (!Number.isFinite(value) || value <= 0) problems.push({ path: name, message })
  }
  positive('capPerGiftCents', 'Un plafond doit être positif.')
  positive('capPerProjectCents', 'Un plafond doit être positif.')
  positive('capPerDonorCents', 'Un plafond doit être positif.')
  if (settings.mechanism === 'match')
    positive(
      'ratioPercent',
      'Indiquez un taux d’abondement positif (100 pour 1 € par euro donné, 50 pour 1 € pour 2 €).',
      true,
    )
  if (settings.mechanism === 'threshold') {
    positive('amountCents', 'Indiquez le montant versé au seuil.', true)
    positive('sharePercent', 'Indiquez la part de l’objectif minimum à atteindre, en %.', true)
    if (settings.minDonors != null && (settings.minDonors < 0 || !Number.isInteger(settings.minDonors)))
      problems.push({ path: 'minDonors', message: 'Indiquez un nombre de donateurs positif.' })
  }
  if (settings.mechanism === 'gap_close') {
    positive('daysBeforeEnd', 'Indiquez combien de jours avant la fin.', true)
    positive('sharePercent', 'Indiquez la part de l’objectif minimum à atteindre, en %.', true)
  }
  if (settings.sharePercent != null && settings.sharePercent > 100)
    problems.push({ path: 'sharePercent', message: 'Une part de l’objectif ne dépasse pas 100 %.' })
  return problems
}

/** The public sentence saying how a programme helps ("chaque don est doublé par … jusqu’à … €"). */
export function describeProgramme(sponsor: string, settings: MechanismSettings): string {
  const euros = (cents: number | null | undefined) => formatWholeEuros(cents ?? 0).replace(/\s/g, ' ')
  if (settings.mechanism === 'match') {
    const ratio = settings.ratioPercent ?? 100
    const how = ratio === 100 ? 'est doublé' : ratio === 200 ? 'est triplé' : `est abondé à ${ratio} %`
    return `Chaque don ${how} par ${sponsor}${settings.capPerProjectCents ? `, jusqu’à ${euros(settings.capPerProjectCents)} pour ce projet` : ''}${settings.capPerGiftCents ? ` (${euros(settings.capPerGiftCents)} au plus par don)` : ''}.`
  }
  if (settings.mechanism === 'threshold') {
    return `${sponsor} ajoute ${euros(settings.amountCents)} dès que le projet atteint ${settings.sharePercent} % de son objectif minimum${settings.minDonors ? ` avec ${settings.minDonors} donateurs` : ''}.`
  }
  return `${settings.daysBeforeEnd} jours avant la fin, si le projet a atteint ${settings.sharePercent} % de son objectif minimum, ${sponsor} complète jusqu’au minimum${settings.capPerProjectCents ? ` (${euros(settings.capPerProjectCents)} au plus)` : ''}.`
}
