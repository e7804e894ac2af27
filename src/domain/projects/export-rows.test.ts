import { describe, expect, it } from 'vitest'

import { EXPORT_HEADER, toExportRows } from './export-rows'

describe('toExportRows', () => {
  it('gives one row per project, in header order, with euros and French statuses', () => {
    const rows = toExportRows([
      {
        title: 'Classe de mer',
        establishment: 'École du Port',
        uai: '0291234H',
        structure: 'OCCE 29',
        status: 'collecting',
        startDate: '2027-01-04',
        endDate: '2027-02-12',
        minimumGoalCents: 95_650,
        optimumGoalCents: 150_000,
        collectedCents: 12_345,
        donorCount: 7,
      },
      {
        title: 'Brouillon',
        establishment: null,
        uai: null,
        structure: null,
        status: 'draft',
        startDate: null,
        endDate: null,
        minimumGoalCents: null,
        optimumGoalCents: null,
        collectedCents: null,
        donorCount: null,
      },
    ])
    expect(rows).toEqual([
      [
        'Classe de mer',
        'École du Port',
        '0291234H',
        'OCCE 29',
        'Collecte en cours',
        '2027-01-04',
        '2027-02-12',
        956.5,
        1500,
        123.45,
        7,
      ],
      ['Brouillon', null, null, null, 'Brouillon', null, null, null, null, 0, 0],
    ])
    expect(rows[0]).toHaveLength(EXPORT_HEADER.length)
  })
})
