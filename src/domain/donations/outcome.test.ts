import { describe, expect, it } from 'vitest'

import { decideOutcome } from './outcome'

describe('decideOutcome', () => {
  it('waits while a payment is pending, even above the minimum', () => {
    expect(decideOutcome({ paidCents: 200_000, minimumGoalCents: 100_000, pendingCount: 1 })).toBe('wait')
  })
  it('succeeds at exactly the minimum', () =>
    expect(decideOutcome({ paidCents: 100_000, minimumGoalCents: 100_000, pendingCount: 0 })).toBe('succeeded'))
  it('fails one cent below', () =>
    expect(decideOutcome({ paidCents: 99_999, minimumGoalCents: 100_000, pendingCount: 0 })).toBe('failed'))
  it('fails with no gift', () =>
    expect(decideOutcome({ paidCents: 0, minimumGoalCents: 100_000, pendingCount: 0 })).toBe('failed'))
})
