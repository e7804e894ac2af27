import { describe, expect, it } from 'vitest'

import { campaignOutcome, degreeOf, isPublished } from './campaigns'

describe('campaignOutcome', () => {
  it.each([
    ['collecting', null, 0, 100, null],
    ['settling', null, 500, 100, null],
    ['succeeded', null, 0, 100, 'succeeded'],
    ['funds_released', null, 100, 100, 'succeeded'],
    ['realised', null, 100, 100, 'succeeded'],
    ['failed', null, 900, 100, 'failed'],
    // archived after realised (reached its minimum) or after failed (did not)
    ['archived', null, 100, 100, 'succeeded'],
    ['archived', null, 99, 100, 'failed'],
    // imported: the former platform's word wins
    ['archived', 'failed', 500, 100, 'failed'],
    ['archived', 'succeeded', 50, 100, 'succeeded'],
    ['rejected', null, 0, 100, null],
  ] as const)(
    '%s (imported: %s), %i c of %i c → %s',
    (status, legacyOutcome, collectedCents, minimumGoalCents, expected) => {
      expect(campaignOutcome({ status, legacyOutcome, collectedCents, minimumGoalCents })).toBe(expected)
    },
  )
})

describe('degrees and publication', () => {
  it('first degree is école, second collège and lycée', () => {
    expect([degreeOf('ecole'), degreeOf('college'), degreeOf('lycee'), degreeOf(null)]).toEqual([
      'first',
      'second',
      'second',
      null,
    ])
  })
  it('a project is published once its campaign opened', () => {
    expect(
      ['draft', 'in_review', 'scheduled', 'collecting', 'settling', 'failed', 'archived', 'rejected'].map(isPublished),
    ).toEqual([false, false, false, true, true, true, true, false])
  })
})
