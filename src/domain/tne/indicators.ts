import { PARTNER_KINDS, type PartnerKind } from './options'
import { yearInParis } from './workshops'

/** The records indicators are computed from (already restricted to what the reader may see). */
export type IndicatorInput = {
  territories: { id: number; name: string }[]
  conventions: {
    territory: number
    status: string
    signatureDate: string | null
    partner: { id: number; kind: PartnerKind } | null
  }[]
  workshops: {
    territory: number
    status: string
    startsAt: string
    format: string
    audience: string
    participants: number | null
  }[]
  /** Figures declared by the coordinators per year (initiatives have no record of their own). */
  declared: { territory: number; year: number; initiatives: number }[]
}

export type IndicatorRow = {
  territoryId: number
  territory: string
  year: number
  conventionsSigned: number
  partnersByKind: Record<PartnerKind, number>
  initiatives: number
  workshopsHeld: number
  parentsReached: number
  mediatorsTrained: number
}

/** Conventions count once signed, whatever happened next (active, closed, or terminated after signature). */
const SIGNED = new Set(['signed', 'active', 'closed', 'terminated'])
const PARENT_AUDIENCES = new Set(['parents_primary', 'parents_college'])

const emptyKinds = () => Object.fromEntries(PARTNER_KINDS.map((k) => [k, 0])) as Record<PartnerKind, number>

/**
 * Indicators per territory and calendar year (Paris):
 * - conventions signed: signature date in the year;
 * - partners by kind: the distinct partners of those conventions;
 * - initiatives: as declared;
 * - workshops held: held workshops for parents (every format except mediator training);
 * - parents reached: their participants, when the audience is parents;
 * - mediators trained: participants of held mediator trainings.
 * Rows with nothing in them are left out; sorted by year, then territory name.
 */
export function computeIndicators(input: IndicatorInput): IndicatorRow[] {
  const names = new Map(input.territories.map((t) => [t.id, t.name]))
  const rows = new Map<string, IndicatorRow & { partnerIds: Set<number> }>()
  const row = (territoryId: number, year: number) => {
    const key = `${territoryId}:${year}`
    let r = rows.get(key)
    if (!r) {
      r = {
        territoryId,
        territory: names.get(territoryId) ?? String(territoryId),
        year,
        conventionsSigned: 0,
        partnersByKind: emptyKinds(),
        initiatives: 0,
        workshopsHeld: 0,
        parentsReached: 0,
        mediatorsTrained: 0,
        partnerIds: new Set(),
      }
      rows.set(key, r)
    }
    return r
  }
  for (const c of input.conventions) {
    if (!c.signatureDate || !SIGNED.has(c.status)) continue
    const r = row(c.territory, yearInParis(c.signatureDate))
    r.conventionsSigned++
    if (c.partner && !r.partnerIds.has(c.partner.id)) {
      r.partnerIds.add(c.partner.id)
      r.partnersByKind[c.partner.kind]++
    }
  }
  for (const w of input.workshops) {
    if (w.status !== 'held') continue
    const r = row(w.territory, yearInParis(w.startsAt))
    if (w.format === 'mediator_training') r.mediatorsTrained += w.participants ?? 0
    else {
      r.workshopsHeld++
      if (PARENT_AUDIENCES.has(w.audience)) r.parentsReached += w.participants ?? 0
    }
  }
  for (const d of input.declared) row(d.territory, d.year).initiatives += d.initiatives
  return [...rows.values()]
    .map(({ partnerIds: _, ...r }) => r)
    .sort((a, b) => a.year - b.year || a.territory.localeCompare(b.territory, 'fr'))
}

/** The sum of rows (e.g. one year over every territory), as one row without territory. */
export function totalIndicators(rows: IndicatorRow[]): Omit<IndicatorRow, 'territoryId' | 'territory' | 'year'> {
  const total = {
    conventionsSigned: 0,
    partnersByKind: emptyKinds(),
    initiatives: 0,
    workshopsHeld: 0,
    parentsReached: 0,
    mediatorsTrained: 0,
  }
  for (const r of rows) {
    total.conventionsSigned += r.conventionsSigned
    total.initiatives += r.initiatives
    total.workshopsHeld += r.workshopsHeld
    total.parentsReached += r.parentsReached
    total.mediatorsTrained += r.mediatorsTrained
    for (const k of PARTNER_KINDS) total.partnersByKind[k] += r.partnersByKind[k]
  }
  return total
}

export const INDICATOR_HEADER = [
  'Territoire',
  'Année',
  'Conventions signées',
  'Associations',
  'Communes',
  'Communautés de communes',
  'Conseils départementaux',
  'Établissements scolaires',
  'Autres partenaires',
  'Initiatives',
  'Ateliers réalisés',
  'Parents touchés',
  'Médiateurs formés',
] as const

/** Rows of the CSV export, in the header's order. */
export function indicatorCsvRows(rows: IndicatorRow[]): (string | number)[][] {
  return rows.map((r) => [
    r.territory,
    r.year,
    r.conventionsSigned,
    ...PARTNER_KINDS.map((k) => r.partnersByKind[k]),
    r.initiatives,
    r.workshopsHeld,
    r.parentsReached,
    r.mediatorsTrained,
  ])
}
