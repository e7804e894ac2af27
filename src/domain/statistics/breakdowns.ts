/**
 * Projects by académie, département, theme and level for one period. Each row counts the projects
 * published in the period (campaign opened: start date in it) and the campaigns completed in it (end
 * date in it), with their successes and the amount the succeeded ones collected. A project with
 * several themes counts once in each of its themes.
 */
import { campaignOutcome, isPublished } from './campaigns'
import { type PeriodKind, periodOf } from './periods'
import type { CampaignForStats } from './yearly'
import { roundedPercent } from './ratios'

export const BREAKDOWNS = ['academy', 'department', 'theme', 'level'] as const
export type Breakdown = (typeof BREAKDOWNS)[number]

export type BreakdownCounts = {
  key: string
  label: string
  published: number
  completed: number
  succeeded: number
  succeededCollectedCents: number
}
export type BreakdownFigures = BreakdownCounts & { successRate: number | null }

export const NOT_GIVEN = { key: '', label: 'Non renseigné' }

export function breakdownFigures(rows: readonly BreakdownCounts[]): BreakdownFigures[] {
  return rows.map((row) => ({ ...row, successRate: roundedPercent(row.succeeded, row.completed) }))
}

/** Most published first, then most completed, then by name (French order). */
export function rankBreakdown<T extends BreakdownCounts>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => b.published - a.published || b.completed - a.completed || a.label.localeCompare(b.label, 'fr'),
  )
}

/** The top départements: the first `n` of the ranking. */
export const TOP_DEPARTMENTS = 10
export const topOf = <T extends BreakdownCounts>(rows: readonly T[], n = TOP_DEPARTMENTS) =>
  rankBreakdown(rows).slice(0, n)

export type ProjectForBreakdown = CampaignForStats & {
  startDate?: string | null
  keys: { key: string; label: string }[]
}

/** Reference implementation on a set of projects, for one period. */
export function countBreakdown(
  projects: readonly ProjectForBreakdown[],
  year: number,
  kind: PeriodKind,
): BreakdownCounts[] {
  const rows = new Map<string, BreakdownCounts>()
  for (const p of projects) {
    const published = isPublished(String(p.status)) && Boolean(p.startDate) && periodOf(p.startDate!, kind) === year
    const outcome = campaignOutcome(p)
    const completed = outcome !== null && Boolean(p.endDate) && periodOf(p.endDate!, kind) === year
    if (!published && !completed) continue
    for (const { key, label } of p.keys.length ? p.keys : [NOT_GIVEN]) {
      const row = rows.get(key) ?? { key, label, published: 0, completed: 0, succeeded: 0, succeededCollectedCents: 0 }
      rows.set(key, row)
      if (published) row.published++
      if (completed) {
        row.completed++
        if (outcome === 'succeeded') {
          row.succeeded++
          row.succeededCollectedCents += p.collectedCents ?? 0
        }
      }
    }
  }
  return rankBreakdown([...rows.values()])
}
