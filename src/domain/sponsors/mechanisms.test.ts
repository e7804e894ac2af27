import { describe, expect, it } from 'vitest'

import { describeProgramme, gapCloseTopUp, matchTopUp, mechanismProblems, thresholdTopUp } from './mechanisms'

const open = { budgetLeftCents: 10_000_000, roomCents: null }

describe('matchTopUp', () => {
  const oneForOne = { ratioPercent: 100 }
  it.each([
    [
      '1:1 matches the gift',
      { giftCents: 3_000, ...oneForOne },
      { projectSoFarCents: 0, donorSoFarCents: 0 },
      open,
      3_000,
    ],
    [
      '1:2 matches half',
      { giftCents: 3_001, ratioPercent: 50 },
      { projectSoFarCents: 0, donorSoFarCents: 0 },
      open,
      1_500,
    ],
    [
      'capped per gift',
      { giftCents: 30_000, ...oneForOne, capPerGiftCents: 10_000 },
      { projectSoFarCents: 0, donorSoFarCents: 0 },
      open,
      10_000,
    ],
    [
      'capped by what the project already received',
      { giftCents: 5_000, ...oneForOne, capPerProjectCents: 50_000 },
      { projectSoFarCents: 48_000, donorSoFarCents: 0 },
      open,
      2_000,
    ],
    [
      'nothing once the project cap is reached',
      { giftCents: 5_000, ...oneForOne, capPerProjectCents: 50_000 },
      { projectSoFarCents: 50_000, donorSoFarCents: 0 },
      open,
      0,
    ],
    [
      'capped per donor',
      { giftCents: 5_000, ...oneForOne, capPerDonorCents: 6_000 },
      { projectSoFarCents: 0, donorSoFarCents: 4_000 },
      open,
      2_000,
    ],
    [
      'never beyond the budget left',
      { giftCents: 5_000, ...oneForOne },
      { projectSoFarCents: 0, donorSoFarCents: 0 },
      { budgetLeftCents: 1_234, roomCents: null },
      1_234,
    ],
    [
      'never past the optimum',
      { giftCents: 5_000, ...oneForOne },
      { projectSoFarCents: 0, donorSoFarCents: 0 },
      { budgetLeftCents: 100_000, roomCents: 700 },
      700,
    ],
    [
      'nothing with an empty budget',
      { giftCents: 5_000, ...oneForOne },
      { projectSoFarCents: 0, donorSoFarCents: 0 },
      { budgetLeftCents: 0, roomCents: null },
      0,
    ],
  ] as const)('%s', (_, settings, so, bounds, expected) => {
    expect(matchTopUp(settings, so, bounds)).toBe(expected)
  })
})

describe('thresholdTopUp', () => {
  const settings = { amountCents: 50_000, sharePercent: 50, minDonors: 5 }
  it.each([
    [
      'pays once the share and the donors are reached',
      { collectedCents: 90_000, minimumGoalCents: 180_000, donorCount: 5, alreadyToppedUp: false },
      open,
      50_000,
    ],
    [
      'not below the share',
      { collectedCents: 89_999, minimumGoalCents: 180_000, donorCount: 9, alreadyToppedUp: false },
      open,
      0,
    ],
    [
      'not with too few donors',
      { collectedCents: 120_000, minimumGoalCents: 180_000, donorCount: 4, alreadyToppedUp: false },
      open,
      0,
    ],
    [
      'only once',
      { collectedCents: 120_000, minimumGoalCents: 180_000, donorCount: 9, alreadyToppedUp: true },
      open,
      0,
    ],
    [
      'within the room under the optimum',
      { collectedCents: 120_000, minimumGoalCents: 180_000, donorCount: 9, alreadyToppedUp: false },
      { budgetLeftCents: 100_000, roomCents: 20_000 },
      20_000,
    ],
  ] as const)('%s', (_, state, bounds, expected) => {
    expect(thresholdTopUp(settings, state, bounds)).toBe(expected)
  })
})

describe('gapCloseTopUp', () => {
  const settings = { daysBeforeEnd: 7, sharePercent: 70, capPerProjectCents: 50_000 }
  it.each([
    [
      'closes the gap 7 days before the end',
      { daysLeft: 7, collectedCents: 140_000, minimumGoalCents: 180_000, alreadyToppedUp: false },
      open,
      40_000,
    ],
    [
      'not earlier',
      { daysLeft: 8, collectedCents: 140_000, minimumGoalCents: 180_000, alreadyToppedUp: false },
      open,
      0,
    ],
    [
      'not below the share',
      { daysLeft: 3, collectedCents: 125_000, minimumGoalCents: 180_000, alreadyToppedUp: false },
      open,
      0,
    ],
    [
      'not when the gap is above the cap',
      { daysLeft: 3, collectedCents: 126_000, minimumGoalCents: 200_000, alreadyToppedUp: false },
      open,
      0,
    ],
    [
      'not when the budget cannot close it',
      { daysLeft: 3, collectedCents: 140_000, minimumGoalCents: 180_000, alreadyToppedUp: false },
      { budgetLeftCents: 39_999, roomCents: null },
      0,
    ],
    [
      'not when the minimum is reached',
      { daysLeft: 3, collectedCents: 180_000, minimumGoalCents: 180_000, alreadyToppedUp: false },
      open,
      0,
    ],
    ['only once', { daysLeft: 3, collectedCents: 140_000, minimumGoalCents: 180_000, alreadyToppedUp: true }, open, 0],
  ] as const)('%s', (_, state, bounds, expected) => {
    expect(gapCloseTopUp(settings, state, bounds)).toBe(expected)
  })
})

describe('mechanismProblems', () => {
  it('refuses a negative ratio or cap, and a missing setting, on its field', () => {
    expect(mechanismProblems({ mechanism: 'match', ratioPercent: -100 })).toEqual([
      { path: 'ratioPercent', message: expect.stringContaining('positif') },
    ])
    expect(mechanismProblems({ mechanism: 'match', ratioPercent: 100, capPerGiftCents: -1 })[0].path).toBe(
      'capPerGiftCents',
    )
    expect(mechanismProblems({ mechanism: 'threshold', sharePercent: 50 })[0].path).toBe('amountCents')
    expect(mechanismProblems({ mechanism: 'gap_close', daysBeforeEnd: 7, sharePercent: 120 })[0].path).toBe(
      'sharePercent',
    )
    expect(mechanismProblems({ mechanism: 'match', ratioPercent: 100, capPerProjectCents: 50_000 })).toEqual([])
  })
})

describe('describeProgramme', () => {
  it('says how the programme helps, in plain French', () => {
    expect(
      describeProgramme('la Fondation Verte', { mechanism: 'match', ratioPercent: 100, capPerProjectCents: 100_000 }),
    ).toBe('Chaque don est doublé par la Fondation Verte, jusqu’à 1 000 € pour ce projet.')
    expect(
      describeProgramme('la Fondation Montagne', {
        mechanism: 'threshold',
        amountCents: 50_000,
        sharePercent: 50,
        minDonors: 5,
      }),
    ).toBe(
      'la Fondation Montagne ajoute 500 € dès que le projet atteint 50 % de son objectif minimum avec 5 donateurs.',
    )
  })
})
