import { describe, expect, it } from 'vitest'

import { barGeometry, centsPerEuro, daysLeftWording, donorWall, othersWording, outcomeWording } from './project-page'

describe('daysLeftWording', () => {
  it.each([
    ['2026-03-10', '2026-03-10', 'dernier jour'],
    ['2026-03-11', '2026-03-10', 'plus que 2 jours'],
    ['2026-03-17', '2026-03-10', 'plus que 8 jours'],
    ['2026-03-19', '2026-03-10', 'plus que 10 jours'],
    ['2026-03-20', '2026-03-10', '11 jours restants'],
    ['2026-04-08', '2026-03-10', '30 jours restants'],
    ['2026-03-09', '2026-03-10', null],
    ['2026-03-01', '2026-03-10', null],
  ])('ends %s, today %s → %s', (end, today, expected) => {
    expect(daysLeftWording(end, today)).toBe(expected)
  })

  it('counts across a change of month and of daylight saving time', () => {
    expect(daysLeftWording('2026-04-01', '2026-03-25')).toBe('plus que 8 jours')
  })
})

describe('barGeometry', () => {
  it.each([
    // collected, minimum, optimum → filled, minimumAt, ofMinimum, reachedMinimum, reachedOptimum
    [
      0,
      1_800_00,
      3_200_00,
      { filledPercent: 0, minimumAt: 56.3, ofMinimum: 0, reachedMinimum: false, reachedOptimum: false },
    ],
    [
      1_440_00,
      1_800_00,
      3_200_00,
      { filledPercent: 45, minimumAt: 56.3, ofMinimum: 80, reachedMinimum: false, reachedOptimum: false },
    ],
    [
      1_799_99,
      1_800_00,
      3_200_00,
      { filledPercent: 56, minimumAt: 56.3, ofMinimum: 99, reachedMinimum: false, reachedOptimum: false },
    ],
    [
      1_800_00,
      1_800_00,
      3_200_00,
      { filledPercent: 56, minimumAt: 56.3, ofMinimum: 100, reachedMinimum: true, reachedOptimum: false },
    ],
    [
      3_200_00,
      1_800_00,
      3_200_00,
      { filledPercent: 100, minimumAt: 56.3, ofMinimum: 177, reachedMinimum: true, reachedOptimum: true },
    ],
    [
      4_000_00,
      1_800_00,
      3_200_00,
      { filledPercent: 100, minimumAt: 56.3, ofMinimum: 222, reachedMinimum: true, reachedOptimum: true },
    ],
    // minimum = optimum: the mark is the bar's end
    [
      500_00,
      1_000_00,
      1_000_00,
      { filledPercent: 50, minimumAt: 100, ofMinimum: 50, reachedMinimum: false, reachedOptimum: false },
    ],
    // an optimum below the minimum (bad data) never draws past the end
    [
      500_00,
      1_000_00,
      800_00,
      { filledPercent: 50, minimumAt: 100, ofMinimum: 50, reachedMinimum: false, reachedOptimum: false },
    ],
    // no goals at all
    [0, 0, 0, { filledPercent: 0, minimumAt: 0, ofMinimum: 0, reachedMinimum: false, reachedOptimum: false }],
    // a negative total (never stored) draws nothing
    [
      -100,
      1_000_00,
      2_000_00,
      { filledPercent: 0, minimumAt: 50, ofMinimum: 0, reachedMinimum: false, reachedOptimum: false },
    ],
  ])('%i collected of %i / %i', (collectedCents, minimumGoalCents, optimumGoalCents, expected) => {
    expect(barGeometry({ collectedCents, minimumGoalCents, optimumGoalCents })).toEqual(expected)
  })
})

describe('donorWall', () => {
  const donors = Array.from({ length: 42 }, (_, i) => `donor ${i + 1}`)
  it.each([
    [42, 24, 24, 18],
    [42, 42, 42, 0],
    [42, 100, 42, 0],
    [42, 0, 0, 42],
    [0, 24, 0, 0],
  ])('%i donors, limit %i → %i shown, %i others', (count, limit, shown, others) => {
    const wall = donorWall(donors.slice(0, count), limit)
    expect(wall.shown).toHaveLength(shown)
    expect(wall.others).toBe(others)
  })

  it('counts the gifts not loaded in the others', () => {
    expect(donorWall(donors.slice(0, 30), 24, 120).others).toBe(96)
    expect(donorWall(donors.slice(0, 30), 24, 10).others).toBe(6)
  })

  it('keeps the order it is given (newest first)', () => {
    expect(donorWall(donors, 2).shown).toEqual(['donor 1', 'donor 2'])
  })

  it.each([
    [0, null],
    [1, 'et 1 autre'],
    [18, 'et 18 autres'],
  ])('%i others → %s', (others, expected) => {
    expect(othersWording(others)).toBe(expected)
  })
})

describe('centsPerEuro', () => {
  it.each([
    [[100_00], [100]],
    [
      [1_200_00, 800_00],
      [60, 40],
    ],
    [
      [1_00, 1_00, 1_00],
      [34, 33, 33],
    ],
    [
      [2_00, 1_00],
      [67, 33],
    ],
    [
      [900_00, 450_00, 350_00, 100_00],
      [50, 25, 19, 6],
    ],
    [
      [0, 500_00],
      [0, 100],
    ],
    [[], []],
    [
      [0, 0],
      [0, 0],
    ],
  ])('%j → %j', (amounts, expected) => {
    const shares = centsPerEuro(amounts.map((amountCents) => ({ amountCents })))
    expect(shares).toEqual(expected)
    if (amounts.some((a) => a > 0)) expect(shares.reduce((a, b) => a + b, 0)).toBe(100)
  })
})

describe('outcomeWording', () => {
  it.each([
    ['collecting', null],
    ['scheduled', null],
    ['settling', 'settling'],
    ['succeeded', 'succeeded'],
    ['funds_released', 'succeeded'],
    ['realised', 'succeeded'],
    ['archived', 'succeeded'],
    ['failed', 'failed'],
  ])('%s → %s', (status, outcome) => {
    expect(outcomeWording(status)?.outcome ?? null).toBe(outcome)
  })

  it('tells the donors of a failed campaign what became of their gifts', () => {
    expect(outcomeWording('failed')?.text).toContain('remboursé en totalité ou versé au fonds solidaire')
  })
})
