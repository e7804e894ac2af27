import type { Payload } from 'payload'

import type { StatTable } from '@/domain/statistics/tables'
import { TNE_INDICATORS_2023, type TneIndicatorSeed } from '@/seed/data/tne-indicators-2023'

/**
 * TNE ("Parentalité et Numérique") figures per territory and year, for /chiffres-cles on the TNE
 * site and the report's TNE section. Kept apart from the crowdfunding statistics on purpose.
 *
 * EXTENSION POINT (issue 6, TNE operations): the territories' indicators (conventions signed,
 * partners by kind, initiatives, workshops held, parents reached, mediators trained) will be
 * computed from their collections. Add a source that reads them at the head of `TNE_SOURCES`; the
 * first source that has figures for a year wins. Until then the only source is the figures the GIP
 * published for 2023, labelled as such.
 */
export type TneIndicators = { rows: TneIndicatorSeed[]; source: string }
export type TneIndicatorSource = (payload: Payload, year: number) => Promise<TneIndicators | null>

const publishedReport: TneIndicatorSource = async (_payload, year) =>
  year === 2023 ? { rows: TNE_INDICATORS_2023, source: 'Chiffres publiés dans le rapport d’activité 2023 du GIP (saisis à partir du rapport, en attendant les indicateurs des territoires).' } : null

export const TNE_SOURCES: TneIndicatorSource[] = [publishedReport]

export async function tneIndicators(payload: Payload, year: number): Promise<TneIndicators | null> {
  for (const source of TNE_SOURCES) {
    const found = await source(payload, year)
    if (found) return found
  }
  return null
}

export function tneTable(indicators: TneIndicators, year: number): StatTable {
  return {
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
  }
}
