import { describe, expect, it } from 'vitest'

import { emptyGiftCounts, giftFigures } from './gifts'
import { csvRows, topUpsTable } from './tables'

describe('top-ups by programme', () => {
  const figures = giftFigures({
    ...emptyGiftCounts(),
    solidarityCount: 3,
    solidarityCents: 25_000,
    campaignsWithSolidarityTopUp: 2,
    sponsorCount: 4,
    sponsorCents: 31_000,
    campaignsWithSponsorTopUp: 3,
  })
  const table = topUpsTable(
    figures,
    [
      {
        source: 'sponsor',
        programme: 'Écoles vertes',
        sponsor: 'Énergies vertes',
        campaigns: 1,
        count: 1,
        cents: 1_000,
      },
      {
        source: 'sponsor',
        programme: 'Lire en classe',
        sponsor: 'Fondation Lecture',
        campaigns: 2,
        count: 3,
        cents: 30_000,
      },
      { source: 'solidarity', programme: 'Classes de montagne', sponsor: null, campaigns: 1, count: 1, cents: 5_000 },
      { source: 'solidarity', programme: null, sponsor: null, campaigns: 2, count: 2, cents: 20_000 },
    ],
    '2024',
  )

  it('puts the fund first, then sponsors by amount, then one total per origin', () => {
    expect(table.rows.map((r) => [r.origin, r.programme, r.cents])).toEqual([
      ['Fonds solidaire', 'Abondements décidés par le GIP (hors programme)', 20_000],
      ['Fonds solidaire', 'Classes de montagne', 5_000],
      ['Fondation Lecture', 'Lire en classe', 30_000],
      ['Énergies vertes', 'Écoles vertes', 1_000],
      ['Total', 'Fonds solidaire', 25_000],
      ['Total', 'Mécènes', 31_000],
    ])
  })

  it('counts a campaign topped up by two programmes once in its origin’s total', () => {
    expect(table.rows.at(-1)).toMatchObject({ campaigns: 3, count: 4 })
  })

  it('exports euros with cents, with the unit in the header', () => {
    expect(csvRows(table)[0]).toEqual(['Origine', 'Programme', 'Collectes abondées', 'Abondements', 'Montant (€)'])
    expect(csvRows(table)[3]).toEqual(['Fondation Lecture', 'Lire en classe', 2, 3, 300])
  })

  it('has only totals when nothing was topped up', () => {
    expect(topUpsTable(giftFigures(emptyGiftCounts()), [], '2024').rows).toEqual([
      { origin: 'Total', programme: 'Fonds solidaire', campaigns: 0, count: 0, cents: 0 },
      { origin: 'Total', programme: 'Mécènes', campaigns: 0, count: 0, cents: 0 },
    ])
  })
})
