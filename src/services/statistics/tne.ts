import type { Payload } from 'payload'

import type { StatTable } from '@/domain/statistics/tables'
import { type IndicatorRow, totalIndicators } from '@/domain/tne/indicators'
import { PARTNER_KINDS, PARTNER_KIND_LABELS, type PartnerKind } from '@/domain/tne/options'
import { yearInParis } from '@/domain/tne/workshops'
import { TNE_INDICATORS_2023, type TneIndicatorSeed } from '@/seed/data/tne-indicators-2023'
import { cached } from '@/services/cache/memory-cache'
import { loadIndicators } from '@/services/tne/indicators'

/**
 * TNE ("Parentalité et Numérique") figures per territory and year, for /chiffres-cles on the TNE
 * site and the report's TNE section. Kept apart from the crowdfunding statistics on purpose.
 *
 * Sources, the first that has figures for a year wins:
 * 1. the territories' own records (conventions signed, workshops held, initiatives declared:
 *    src/domain/tne/indicators.ts), aggregated for the public;
 * 2. the figures the GIP published for 2023, labelled as such, for a database that holds no TNE
 *    records of that year.
 */
export type TneIndicators = { rows: TneIndicatorSeed[]; partnersByKind?: Record<PartnerKind, number>; source: string }
export type TneIndicatorSource = (payload: Payload, year: number) => Promise<TneIndicators | null>

export const TNE_CACHE_SECONDS = 300

/** Every territory's indicators, every year: aggregates only (the records stay private), kept 5 minutes like the other statistics. */
const publicIndicators = (payload: Payload): Promise<IndicatorRow[]> =>
  cached('tne:indicators', { tags: [], ttlSeconds: TNE_CACHE_SECONDS }, () => loadIndicators(payload, { public: true }))

const seedRow = (territory: string, r: Omit<IndicatorRow, 'territoryId' | 'territory' | 'year'>): TneIndicatorSeed => ({
  territory,
  conventions: r.conventionsSigned,
  partners: PARTNER_KINDS.reduce((sum, k) => sum + r.partnersByKind[k], 0),
  initiatives: r.initiatives,
  workshops: r.workshopsHeld,
  parents: r.parentsReached,
  mediators: r.mediatorsTrained,
})

const territoriesRecords: TneIndicatorSource = async (payload, year) => {
  const rows = (await publicIndicators(payload)).filter((r) => r.year === year)
  if (rows.length === 0) return null
  const total = totalIndicators(rows)
  return {
    rows: [...rows.map((r) => seedRow(r.territory, r)), seedRow('Ensemble des territoires', total)],
    partnersByKind: total.partnersByKind,
    source:
      'Calculés à partir des conventions signées, des ateliers réalisés et des initiatives déclarées par les territoires.',
  }
}

const publishedReport: TneIndicatorSource = async (_payload, year) =>
  year === 2023
    ? {
        rows: TNE_INDICATORS_2023,
        source:
          'Chiffres publiés dans le rapport d’activité 2023 du GIP (aucun enregistrement des territoires pour cette année).',
      }
    : null

export const TNE_SOURCES: TneIndicatorSource[] = [territoriesRecords, publishedReport]

export async function tneIndicators(payload: Payload, year: number): Promise<TneIndicators | null> {
  for (const source of TNE_SOURCES) {
    const found = await source(payload, year)
    if (found) return found
  }
  return null
}

/** The years with TNE figures, most recent first, and the one shown by default: the last complete year, else the current one. */
export async function tneYears(payload: Payload, now = new Date()): Promise<{ years: number[]; defaultYear: number }> {
  const current = yearInParis(now.toISOString())
  const years = [...new Set([...(await publicIndicators(payload)).map((r) => r.year), 2023])]
    .filter((y) => y <= current)
    .sort((a, b) => b - a)
  return { years, defaultYear: years.find((y) => y < current) ?? current }
}

/** The TNE tables of a year: indicators per territory, then partners by kind when the source has them. */
export function tneTables(indicators: TneIndicators, year: number): StatTable[] {
  const tables: StatTable[] = [
    {
      id: 'tne',
      title: `Parentalité et Numérique : indicateurs par territoire (${year})`,
      caption: `Indicateurs des Territoires numériques éducatifs, volet parentalité, en ${year}`,
      columns: [
        { key: 'territory', label: 'Territoire', kind: 'text' },
        { key: 'conventions', label: 'Conventions signées', kind: 'count' },
        { key: 'partners', label: 'Partenaires', kind: 'count' },
        { key: 'initiatives', label: 'Initiatives', kind: 'count' },
        { key: 'workshops', label: 'Ateliers', kind: 'count' },
        { key: 'parents', label: 'Parents touchés', kind: 'count' },
        { key: 'mediators', label: 'Médiateurs formés', kind: 'count' },
      ],
      rows: indicators.rows.map((r) => ({ ...r })),
      notes: [indicators.source, '« — » : chiffre non publié pour ce territoire.'],
    },
  ]
  const kinds = indicators.partnersByKind
  if (kinds) {
    tables.push({
      id: 'tne-partenaires',
      title: `Parentalité et Numérique : partenaires des conventions signées (${year})`,
      caption: `Partenaires des conventions signées en ${year}, par nature`,
      columns: [
        { key: 'kind', label: 'Nature du partenaire', kind: 'text' },
        { key: 'partners', label: 'Partenaires', kind: 'count' },
      ],
      rows: PARTNER_KINDS.filter((k) => kinds[k] > 0).map((k) => ({
        kind: PARTNER_KIND_LABELS[k],
        partners: kinds[k],
      })),
      notes: ['Le total figure dans la ligne « Ensemble des territoires » du tableau précédent.'],
      chart: { type: 'horizontal-bar', category: 'kind', series: ['partners'] },
    })
  }
  return tables
}

const NO_INDICATORS: TneIndicators = {
  rows: [],
  partnersByKind: Object.fromEntries(PARTNER_KINDS.map((k) => [k, 0])) as Record<PartnerKind, number>,
  source: 'Aucun indicateur pour cette année.',
}

/** One TNE table of a year by its id; for a year or a source without it, the same table with no row (null for an unknown id). */
export function tneTableOrEmpty(indicators: TneIndicators | null, year: number, id: string): StatTable | null {
  return (
    tneTables(indicators ?? NO_INDICATORS, year).find((t) => t.id === id) ??
    tneTables(NO_INDICATORS, year).find((t) => t.id === id) ??
    null
  )
}
