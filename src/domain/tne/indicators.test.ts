import { describe, expect, it } from 'vitest'

import { computeIndicators, indicatorCsvRows, totalIndicators } from './indicators'

const input = {
  territories: [
    { id: 1, name: 'Aisne' },
    { id: 2, name: 'Hérault' },
  ],
  conventions: [
    {
      territory: 1,
      status: 'active',
      signatureDate: '2023-02-01T00:00:00Z',
      partner: { id: 10, kind: 'association' as const },
    },
    {
      territory: 1,
      status: 'terminated',
      signatureDate: '2023-05-01T00:00:00Z',
      partner: { id: 10, kind: 'association' as const },
    },
    { territory: 1, status: 'sent', signatureDate: null, partner: { id: 11, kind: 'commune' as const } },
    {
      territory: 2,
      status: 'closed',
      signatureDate: '2022-12-31T23:30:00Z',
      partner: { id: 12, kind: 'commune' as const },
    },
  ],
  workshops: [
    {
      territory: 1,
      status: 'held',
      startsAt: '2023-03-01T17:00:00Z',
      format: 'workshop',
      audience: 'parents_primary',
      participants: 12,
    },
    {
      territory: 1,
      status: 'held',
      startsAt: '2023-03-02T17:00:00Z',
      format: 'conference',
      audience: 'professionals',
      participants: 30,
    },
    {
      territory: 1,
      status: 'held',
      startsAt: '2023-04-02T08:00:00Z',
      format: 'mediator_training',
      audience: 'professionals',
      participants: 8,
    },
    {
      territory: 1,
      status: 'planned',
      startsAt: '2023-06-02T08:00:00Z',
      format: 'workshop',
      audience: 'parents_primary',
      participants: null,
    },
    {
      territory: 1,
      status: 'cancelled',
      startsAt: '2023-06-03T08:00:00Z',
      format: 'workshop',
      audience: 'parents_primary',
      participants: null,
    },
  ],
  declared: [{ territory: 2, year: 2023, initiatives: 7 }],
}

describe('computeIndicators', () => {
  it('counts per territory and Paris calendar year', () => {
    const rows = computeIndicators(input)
    expect(rows.map((r) => [r.territory, r.year])).toEqual([
      ['Aisne', 2023],
      ['Hérault', 2023],
    ])
    const [aisne, herault] = rows
    expect(aisne).toMatchObject({
      conventionsSigned: 2,
      workshopsHeld: 2,
      parentsReached: 12,
      mediatorsTrained: 8,
      initiatives: 0,
    })
    // Two conventions with one partner: one partner.
    expect(aisne.partnersByKind).toMatchObject({ association: 1, commune: 0 })
    // Signed at 00:30 in Paris on 1 January 2023.
    expect(herault).toMatchObject({ conventionsSigned: 1, initiatives: 7, partnersByKind: { commune: 1 } })
  })

  it('totals and CSV rows', () => {
    const rows = computeIndicators(input)
    expect(totalIndicators(rows)).toMatchObject({
      conventionsSigned: 3,
      initiatives: 7,
      workshopsHeld: 2,
      parentsReached: 12,
      mediatorsTrained: 8,
      partnersByKind: { association: 1, commune: 1 },
    })
    expect(indicatorCsvRows(rows)[0]).toEqual(['Aisne', 2023, 2, 1, 0, 0, 0, 0, 0, 0, 2, 12, 8])
  })
})
