import { describe, expect, it } from 'vitest'

import { type CampaignForStats, countCampaigns, yearlyTable } from './yearly'

const c = (
  endDate: string,
  level: string,
  status: string,
  collectedCents: number,
  extra: Partial<CampaignForStats> = {},
): CampaignForStats => ({
  endDate,
  level,
  status,
  collectedCents,
  minimumGoalCents: 50_000,
  optimumGoalCents: 100_000,
  ...extra,
})

// A hand-made year: 3 écoles (2 won), 2 collèges and 1 lycée (1 won), and campaigns that do not count.
const SET: CampaignForStats[] = [
  c('2023-03-10', 'ecole', 'succeeded', 100_000, { courteEchelle: true }),
  c('2023-05-10', 'ecole', 'realised', 150_050),
  c('2023-06-10', 'ecole', 'failed', 10_000),
  c('2023-10-01', 'college', 'archived', 80_000),
  c('2023-11-01', 'college', 'archived', 20_000),
  c('2023-12-31', 'lycee', 'failed', 0, { courteEchelle: true }),
  c('2023-12-01', 'ecole', 'collecting', 999_999),
  c('2022-12-31', 'ecole', 'succeeded', 60_000),
  c('2024-01-01', 'ecole', 'succeeded', 60_000),
]

describe('the yearly activity table', () => {
  it('counts completed campaigns by degree, the average collected by succeeded ones and the success rates', () => {
    const table = yearlyTable(countCampaigns(SET, 'calendar'))
    expect(table.map((r) => r.year)).toEqual([2022, 2023, 2024])
    expect(table[1]).toEqual({
      year: 2023,
      completed: 6,
      completedFirst: 3,
      completedSecond: 3,
      // (100,000 + 150,050 + 80,000) / 3 = 110,016.67 → 110,017 c
      averageCollectedCents: 110_017,
      successRate: 50,
      successRateFirst: 67,
      successRateSecond: 33,
      courteEchelle: 2,
      courteEchelleShare: 33,
      averageMinimumGoalCents: 50_000,
      averageOptimumGoalCents: 100_000,
    })
  })
  it('counts by school year on request, and fills years without data', () => {
    const school = countCampaigns(SET, 'school')
    expect(school.get(2022)?.completed).toBe(4) // Sept. 2022 → Aug. 2023
    expect(school.get(2023)?.completed).toBe(4)
    const table = yearlyTable(new Map([[2020, school.get(2022)!]]), { from: 2019, to: 2021 })
    expect(table.map((r) => [r.year, r.completed, r.successRate, r.averageCollectedCents])).toEqual([
      [2019, 0, null, null],
      [2020, 4, 75, 103_350],
      [2021, 0, null, null],
    ])
  })
})
