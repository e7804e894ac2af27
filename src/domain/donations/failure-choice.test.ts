import { describe, expect, it } from 'vitest'

import { CHOICE_DAYS, DEFAULT_FAILURE_CHOICE, choiceDeadline, giftFate } from './failure-choice'

const gift = (extra: Partial<Parameters<typeof giftFate>[0]> = {}) => ({
  id: 1,
  source: 'donor' as const,
  failureChoice: null,
  overflow: false,
  ...extra,
})

describe('giftFate', () => {
  it.each([
    ['a donor who chose the refund', gift({ failureChoice: 'refund' }), 'failed', 'refund'],
    ['a donor who chose the fund', gift({ failureChoice: 'solidarity' }), 'failed', 'reallocate'],
    ['a donor who did not choose', gift(), 'failed', 'ask'],
    ['a top-up from the fund', gift({ source: 'solidarity' }), 'failed', 'return_to_fund'],
    ['a sponsor’s top-up', gift({ source: 'sponsor' }), 'failed', 'return_to_programme'],
    ['any gift of a succeeded campaign', gift({ failureChoice: 'solidarity' }), 'succeeded', 'keep'],
    ['a gift paid late past the optimum, on success', gift({ overflow: true }), 'succeeded', 'refund'],
    [
      'a gift paid late past the optimum, on failure, even if it chose the fund',
      gift({ overflow: true, failureChoice: 'solidarity' }),
      'failed',
      'refund',
    ],
  ] as const)('%s', (_, g, outcome, fate) => {
    expect(giftFate(g, outcome)).toBe(fate)
  })
})

describe('the choice of a donor who did not choose', () => {
  it('is awaited 30 days, then the refund applies', () => {
    expect(CHOICE_DAYS).toBe(30)
    expect(DEFAULT_FAILURE_CHOICE).toBe('refund')
    expect(choiceDeadline(new Date('2026-03-01T10:00:00Z')).toISOString()).toBe('2026-03-31T10:00:00.000Z')
  })
})
