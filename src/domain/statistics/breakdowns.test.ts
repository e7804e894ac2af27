import { describe, expect, it } from 'vitest'

import { type ProjectForBreakdown, breakdownFigures, countBreakdown, topOf } from './breakdowns'
import { fundFigures } from './fund'

const p = (
  startDate: string,
  endDate: string,
  status: string,
  keys: string[],
  collectedCents = 100_000,
): ProjectForBreakdown => ({
  startDate,
  endDate,
  status,
  collectedCents,
  minimumGoalCents: 50_000,
  level: 'ecole',
  keys: keys.map((k) => ({ key: k, label: k.toUpperCase() })),
})

describe('breakdowns', () => {
  it('counts projects published and campaigns completed in the period, a project in each of its keys', () => {
    const rows = countBreakdown(
      [
        p('2023-01-10', '2023-03-01', 'succeeded', ['arts', 'sport']),
        p('2022-12-10', '2023-02-01', 'failed', ['arts'], 10_000),
        p('2023-11-10', '2024-01-15', 'collecting', ['sport']),
        p('2023-02-10', '2023-04-01', 'rejected', ['arts']),
        p('2023-05-10', '2023-06-01', 'archived', []),
      ],
      2023,
      'calendar',
    )
    expect(breakdownFigures(rows)).toEqual([
      {
        key: 'sport',
        label: 'SPORT',
        published: 2,
        completed: 1,
        succeeded: 1,
        succeededCollectedCents: 100_000,
        successRate: 100,
      },
      {
        key: 'arts',
        label: 'ARTS',
        published: 1,
        completed: 2,
        succeeded: 1,
        succeededCollectedCents: 100_000,
        successRate: 50,
      },
      {
        key: '',
        label: 'Non renseigné',
        published: 1,
        completed: 1,
        succeeded: 1,
        succeededCollectedCents: 100_000,
        successRate: 100,
      },
    ])
  })
  it('keeps the ten most published', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      key: String(i),
      label: `D${i}`,
      published: i,
      completed: 0,
      succeeded: 0,
      succeededCollectedCents: 0,
    }))
    expect(topOf(rows).map((r) => r.key)).toEqual(['11', '10', '9', '8', '7', '6', '5', '4', '3', '2'])
  })
})

describe('the solidarity fund', () => {
  it('adds the flows in and out', () => {
    const f = fundFigures([
      { key: 'reallocated_gifts', count: 2, cents: 5000 },
      { key: 'grants', count: 1, cents: 2_000_000 },
      { key: 'top_ups', count: 3, cents: 30_000 },
    ])
    expect([f.inCents, f.outCents, f.netCents]).toEqual([2_005_000, 30_000, 1_975_000])
    expect(f.flows.find((r) => r.key === 'returned_top_ups')).toMatchObject({ count: 0, cents: 0, direction: 'in' })
  })
})
