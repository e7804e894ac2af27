/**
 * The yearly activity table (the report's first table): campaigns completed in each period, by
 * degree; average collected per succeeded campaign; success rate overall and by degree.
 */
import { type CampaignFacts, type Degree, campaignOutcome, degreeOf } from './campaigns'
import { type PeriodKind, periodOf } from './periods'
import { averageCents, roundedPercent } from './ratios'

/** What the SQL sums per period (and what `countCampaigns` counts on a small set). */
export type CampaignCounts = {
  completed: number
  succeeded: number
  /** Sum of the amounts collected by the succeeded campaigns. */
  succeededCollectedCents: number
  byDegree: Record<Degree, { completed: number; succeeded: number }>
  courteEchelle: number
  /** Sums of the goals of the completed campaigns that have them, and how many have them. */
  minimumGoalCents: number
  optimumGoalCents: number
  withGoals: number
}

export const emptyCounts = (): CampaignCounts => ({
  completed: 0,
  succeeded: 0,
  succeededCollectedCents: 0,
  byDegree: { first: { completed: 0, succeeded: 0 }, second: { completed: 0, succeeded: 0 } },
  courteEchelle: 0,
  minimumGoalCents: 0,
  optimumGoalCents: 0,
  withGoals: 0,
})

export type CampaignForStats = CampaignFacts & {
  endDate?: string | null
  level?: string | null
  courteEchelle?: boolean | null
  optimumGoalCents?: number | null
}

/** Reference implementation on a set of campaigns (unit tests; the SQL does the same in aggregates). */
export function countCampaigns(campaigns: readonly CampaignForStats[], kind: PeriodKind): Map<number, CampaignCounts> {
  const byPeriod = new Map<number, CampaignCounts>()
  for (const c of campaigns) {
    const outcome = campaignOutcome(c)
    if (!outcome || !c.endDate) continue
    const period = periodOf(c.endDate, kind)
    const counts = byPeriod.get(period) ?? emptyCounts()
    byPeriod.set(period, counts)
    const won = outcome === 'succeeded'
    counts.completed++
    if (won) {
      counts.succeeded++
      counts.succeededCollectedCents += c.collectedCents ?? 0
    }
    const degree = degreeOf(c.level)
    if (degree) {
      counts.byDegree[degree].completed++
      if (won) counts.byDegree[degree].succeeded++
    }
    if (c.courteEchelle) counts.courteEchelle++
    if (c.minimumGoalCents != null && c.optimumGoalCents != null) {
      counts.withGoals++
      counts.minimumGoalCents += c.minimumGoalCents
      counts.optimumGoalCents += c.optimumGoalCents
    }
  }
  return byPeriod
}

/** One column of the report's table: the published figures of one period. */
export type YearFigures = {
  year: number
  completed: number
  completedFirst: number
  completedSecond: number
  /** Total collected by succeeded campaigns / number of succeeded campaigns, in cents. */
  averageCollectedCents: number | null
  /** Succeeded / completed, whole percentages. */
  successRate: number | null
  successRateFirst: number | null
  successRateSecond: number | null
  courteEchelle: number
  courteEchelleShare: number | null
  averageMinimumGoalCents: number | null
  averageOptimumGoalCents: number | null
}

export function yearFigures(year: number, c: CampaignCounts): YearFigures {
  return {
    year,
    completed: c.completed,
    completedFirst: c.byDegree.first.completed,
    completedSecond: c.byDegree.second.completed,
    averageCollectedCents: averageCents(c.succeededCollectedCents, c.succeeded),
    successRate: roundedPercent(c.succeeded, c.completed),
    successRateFirst: roundedPercent(c.byDegree.first.succeeded, c.byDegree.first.completed),
    successRateSecond: roundedPercent(c.byDegree.second.succeeded, c.byDegree.second.completed),
    courteEchelle: c.courteEchelle,
    courteEchelleShare: roundedPercent(c.courteEchelle, c.completed),
    averageMinimumGoalCents: averageCents(c.minimumGoalCents, c.withGoals),
    averageOptimumGoalCents: averageCents(c.optimumGoalCents, c.withGoals),
  }
}

/** Every period from the first to the last one with data, the missing ones at zero, in order. */
export function yearlyTable(
  byPeriod: ReadonlyMap<number, CampaignCounts>,
  range?: { from: number; to: number },
): YearFigures[] {
  const years = [...byPeriod.keys()]
  if (years.length === 0 && !range) return []
  const from = range?.from ?? Math.min(...years)
  const to = range?.to ?? Math.max(...years)
  const rows: YearFigures[] = []
  for (let year = from; year <= to; year++) rows.push(yearFigures(year, byPeriod.get(year) ?? emptyCounts()))
  return rows
}

/** The report's activity table for `year`: that year and the four before it. */
export const REPORT_YEARS = 5
export const reportRange = (year: number) => ({ from: year - REPORT_YEARS + 1, to: year })
