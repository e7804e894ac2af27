import type { PictureVariants } from '@/domain/media/srcset'

import { campaignDays } from './campaign-window'

/** A collecting project as the home page weighs it. */
export type HomeCandidate = {
  slug: string
  endDate: string | null
  collectedCents: number
  minimumGoalCents: number
  courteEchelle: boolean
}

/** A collecting project as a home page card shows it. */
export type HomeCard = HomeCandidate & {
  title: string
  summary: string | null
  establishment: string | null
  commune: string | null
  optimumGoalCents: number
  donorCount: number
  cover: (PictureVariants & { alt: string }) | null
}

export type HomeGroupId = 'ending-soon' | 'near-minimum' | 'courte-echelle'
export type HomeGroup<T> = { id: HomeGroupId; title: string; projects: T[] }

const TITLES: Record<HomeGroupId, string> = {
  'ending-soon': 'Bientôt terminées',
  'near-minimum': 'Proches de leur objectif minimum',
  'courte-echelle': 'Courte Échelle',
}

/** How close to the minimum, from 0 (nothing yet) to 1 (reached). */
const nearness = (p: HomeCandidate) => (p.minimumGoalCents > 0 ? Math.min(1, p.collectedCents / p.minimumGoalCents) : 1)

/**
 * The campaigns the home page asks donors to support now, in three groups and never twice: those
 * ending soon (still open today, the nearest end first), those closest to their minimum without
 * having reached it, and the Courte Échelle ones (nearest end first). Empty groups are left out.
 */
export function pickHomeCampaigns<T extends HomeCandidate>(
  projects: readonly T[],
  today: string,
  perGroup = 3,
): HomeGroup<T>[] {
  const open = projects.filter((p) => p.endDate && campaignDays(today, p.endDate) >= 1)
  const byEnd = (a: T, b: T) =>
    a.endDate! < b.endDate! ? -1 : a.endDate! > b.endDate! ? 1 : a.slug.localeCompare(b.slug)
  const taken = new Set<string>()
  const take = (candidates: T[]) => {
    const picked = candidates.filter((p) => !taken.has(p.slug)).slice(0, perGroup)
    for (const p of picked) taken.add(p.slug)
    return picked
  }
  const groups: HomeGroup<T>[] = [
    { id: 'ending-soon', title: TITLES['ending-soon'], projects: take([...open].sort(byEnd)) },
    {
      id: 'near-minimum',
      title: TITLES['near-minimum'],
      projects: take(open.filter((p) => nearness(p) < 1).sort((a, b) => nearness(b) - nearness(a) || byEnd(a, b))),
    },
    {
      id: 'courte-echelle',
      title: TITLES['courte-echelle'],
      projects: take(open.filter((p) => p.courteEchelle).sort(byEnd)),
    },
  ]
  return groups.filter((g) => g.projects.length > 0)
}

export type HomeFigures = {
  collectingNow: number
  succeeded: number
  /** Share of completed campaigns that reached their minimum, in whole %; null before any. */
  successPercent: number | null
  /** What the succeeded campaigns collected. */
  collectedCents: number
  donors: number
  sinceYear: number | null
}

/** The home page's key figures from the live totals (completed campaigns of every year, and today's). */
export function homeFigures(input: {
  collectingNow: number
  completed: number
  succeeded: number
  succeededCollectedCents: number
  donors: number
  firstYear: number | null
}): HomeFigures {
  return {
    collectingNow: input.collectingNow,
    succeeded: input.succeeded,
    successPercent: input.completed > 0 ? Math.round((input.succeeded * 100) / input.completed) : null,
    collectedCents: input.succeededCollectedCents,
    donors: input.donors,
    sinceYear: input.firstYear,
  }
}
