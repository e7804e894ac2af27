import type { Payload } from 'payload'

import { fundFigures } from '@/domain/statistics/fund'
import { giftFigures } from '@/domain/statistics/gifts'
import { defaultPeriod, type PeriodKind, periodLabel, periodOf } from '@/domain/statistics/periods'
import {
  type StatTable,
  activityTable,
  breakdownTable,
  courteEchelleTable,
  fundTable,
  giftTables,
  publicationsTable,
  topUpsTable,
} from '@/domain/statistics/tables'
import { type YearFigures, emptyCounts, reportRange, yearlyTable } from '@/domain/statistics/yearly'
import { cached } from '@/services/cache/memory-cache'

import {
  breakdownCounts,
  campaignCountsByPeriod,
  fundFlows,
  giftCounts,
  periodsWithData,
  publishedPerMonth,
  topUpsByProgramme,
} from './queries'

export type Statistics = {
  year: number
  kind: PeriodKind
  label: string
  /** Periods with data, most recent first (the year chooser). */
  periods: number[]
  /** The selected period's column of the activity table. */
  current: YearFigures
  tables: StatTable[]
}

/**
 * Every table of the statistics for one period (the activity table covers every period with data,
 * or the report's five years with `activityYears: 'report'`), from nine SQL aggregates run together.
 */
export async function loadStatistics(
  payload: Payload,
  options: { year?: number | null; kind?: PeriodKind; activityYears?: 'all' | 'report' } = {},
): Promise<Statistics> {
  const kind = options.kind ?? 'calendar'
  const { periods, completed } = await periodsWithData(payload, kind)
  const year = options.year ?? defaultPeriod(periods, completed, periodOf(new Date().toISOString().slice(0, 10), kind))
  const label = periodLabel(year, kind)
  const range = options.activityYears === 'report' ? reportRange(year) : undefined
  const [byPeriod, academies, departments, themes, levels, gifts, programmes, fund, months] = await Promise.all([
    campaignCountsByPeriod(payload, kind, range),
    breakdownCounts(payload, 'academy', year, kind),
    breakdownCounts(payload, 'department', year, kind),
    breakdownCounts(payload, 'theme', year, kind),
    breakdownCounts(payload, 'level', year, kind),
    giftCounts(payload, year, kind),
    topUpsByProgramme(payload, year, kind),
    fundFlows(payload, year, kind),
    publishedPerMonth(payload, year, kind),
  ])
  const yearly = yearlyTable(byPeriod, range)
  const counts = byPeriod.get(year) ?? emptyCounts()
  const current = yearly.find((r) => r.year === year) ?? yearlyTable(new Map([[year, counts]]))[0]
  const giftsFigures = giftFigures(gifts)
  return {
    year,
    kind,
    label,
    periods,
    current,
    tables: [
      activityTable(yearly, kind),
      publicationsTable(months, year, kind),
      breakdownTable('academies', academies, label),
      breakdownTable('departements', departments, label),
      breakdownTable('thematiques', themes, label),
      breakdownTable('niveaux', levels, label),
      ...giftTables(giftsFigures, label),
      courteEchelleTable(counts.courteEchelle, counts.completed, giftsFigures, label),
      topUpsTable(giftsFigures, programmes, label),
      fundTable(fundFigures(fund), label),
    ],
  }
}

export const STATISTICS_CACHE_SECONDS = 300

/**
 * The public page's statistics, kept 5 minutes in memory (the same for every visitor; aggregates
 * only). History and closed campaigns change rarely; a closing campaign shows within 5 minutes.
 */
export function loadStatisticsCached(
  payload: Payload,
  options: { year?: number | null; kind?: PeriodKind; activityYears?: 'all' | 'report' } = {},
): Promise<Statistics> {
  return cached(`statistics:${JSON.stringify(options)}`, { tags: [], ttlSeconds: STATISTICS_CACHE_SECONDS }, () =>
    loadStatistics(payload, options),
  )
}
