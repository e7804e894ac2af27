import type { Payload } from 'payload'

import { REPORT_SECTIONS, type ReportSectionKey, paragraphs } from '@/domain/statistics/report'
import type { StatTable } from '@/domain/statistics/tables'
import { cached } from '@/services/cache/memory-cache'
import { CACHE_TAGS } from '@/services/cache/tags'

import { STATISTICS_CACHE_SECONDS, type Statistics, loadStatisticsCached } from './statistics'
import { tneIndicators, tneTables } from './tne'

/** Which tables follow each section's text in the report. */
const SECTION_TABLES: Record<ReportSectionKey, string[]> = {
  introduction: [],
  activity: ['activite'],
  territories: ['academies', 'departements'],
  themes: ['thematiques', 'niveaux'],
  donors: ['donateurs', 'dons', 'entreprises'],
  solidarity: ['courte-echelle', 'abondements', 'fonds-solidaire'],
  tne: ['tne', 'tne-partenaires'],
  conclusion: [],
}

export type ActivityReport = {
  year: number
  title: string
  /** Whether the editors' text is published (otherwise the figures stand alone). */
  hasNarrative: boolean
  statistics: Statistics
  sections: { key: ReportSectionKey; title: string; paragraphs: string[]; tables: StatTable[]; empty?: string }[]
}

/**
 * The yearly activity report: the editors' published text (`activity-reports`, read as an
 * anonymous visitor: drafts stay private) around figures computed from the data for the calendar
 * year, the activity table covering that year and the four before it. Null when the year has no data.
 */
export async function loadActivityReport(payload: Payload, year: number): Promise<ActivityReport | null> {
  const statistics = await loadStatisticsCached(payload, { year, kind: 'calendar', activityYears: 'report' })
  if (!statistics.periods.includes(year)) return null
  // The published text as an anonymous visitor reads it, kept like the figures; an editor's change drops it (tag).
  const text = await cached(
    `activity-report:${year}`,
    { tags: [CACHE_TAGS.activityReports], ttlSeconds: STATISTICS_CACHE_SECONDS },
    async () => {
      const { docs } = await payload.find({
        collection: 'activity-reports',
        where: { year: { equals: year } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
      })
      return docs[0] ?? null
    },
  )
  const tne = await tneIndicators(payload, year)
  const tables = new Map<string, StatTable>(statistics.tables.map((t) => [t.id, t]))
  for (const table of tne ? tneTables(tne, year) : []) tables.set(table.id, table)
  return {
    year,
    title: text?.title ?? `Rapport d’activité ${year}`,
    hasNarrative: Boolean(text),
    statistics,
    sections: REPORT_SECTIONS.map(({ key, title }) => ({
      key,
      title,
      paragraphs: paragraphs(text?.[key]),
      tables: SECTION_TABLES[key].map((id) => tables.get(id)).filter((t): t is StatTable => Boolean(t)),
      empty:
        key === 'tne' && !tne
          ? `Les indicateurs des Territoires numériques éducatifs de ${year} ne sont pas encore disponibles.`
          : undefined,
    })).filter((s) => s.paragraphs.length > 0 || s.tables.length > 0 || s.empty),
  }
}
