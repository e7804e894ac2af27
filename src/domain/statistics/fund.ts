/**
 * The solidarity fund over a period: money in (donors' gifts reallocated when their campaign
 * failed, partners' grants, top-ups returned by a failed campaign) and out (top-ups of Courte
 * Échelle projects). Movements of this portal are dated by their ledger row; gifts reallocated on
 * the former platform (imported history) by their campaign's end date.
 */
export type FundFlowKey =
  | 'reallocated_gifts'
  | 'imported_reallocated_gifts'
  | 'grants'
  | 'returned_top_ups'
  | 'other_in'
  | 'top_ups'
  | 'other_out'

export const FUND_FLOW_LABELS: Record<FundFlowKey, { label: string; direction: 'in' | 'out' }> = {
  reallocated_gifts: { label: 'Dons réaffectés au fonds (collectes échouées)', direction: 'in' },
  imported_reallocated_gifts: { label: 'Dons réaffectés au fonds sur l’ancienne plateforme', direction: 'in' },
  grants: { label: 'Subventions de partenaires', direction: 'in' },
  returned_top_ups: { label: 'Abondements revenus au fonds (collectes échouées)', direction: 'in' },
  other_in: { label: 'Autres entrées', direction: 'in' },
  top_ups: { label: 'Abondements de projets Courte Échelle', direction: 'out' },
  other_out: { label: 'Autres sorties', direction: 'out' },
}

export type FundFlow = { key: FundFlowKey; count: number; cents: number }

export type FundFigures = {
  flows: (FundFlow & { label: string; direction: 'in' | 'out' })[]
  inCents: number
  outCents: number
  netCents: number
}

/** Every kind of flow in a fixed order (absent ones at zero), with the totals in and out. */
export function fundFigures(flows: readonly FundFlow[]): FundFigures {
  const rows = (Object.keys(FUND_FLOW_LABELS) as FundFlowKey[]).map((key) => {
    const found = flows.filter((f) => f.key === key)
    return {
      key,
      ...FUND_FLOW_LABELS[key],
      count: found.reduce((s, f) => s + f.count, 0),
      cents: found.reduce((s, f) => s + f.cents, 0),
    }
  })
  const inCents = rows.filter((r) => r.direction === 'in').reduce((s, r) => s + r.cents, 0)
  const outCents = rows.filter((r) => r.direction === 'out').reduce((s, r) => s + r.cents, 0)
  return { flows: rows, inCents, outCents, netCents: inCents - outCents }
}
