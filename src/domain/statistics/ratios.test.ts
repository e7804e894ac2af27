import { describe, expect, it } from 'vitest'

import { averageCents, ratio, roundedPercent } from './ratios'

describe('ratios', () => {
  it('rounds percentages half up, and has none for nothing', () => {
    expect(roundedPercent(935, 1000)).toBe(94)
    expect(roundedPercent(934, 1000)).toBe(93)
    expect(roundedPercent(2, 3)).toBe(67)
    expect(roundedPercent(0, 5)).toBe(0)
    expect(roundedPercent(1, 0)).toBeNull()
    expect(ratio(1, 4)).toBe(0.25)
    expect(ratio(1, 0)).toBeNull()
  })
  it('averages cents in integers, half a cent up', () => {
    expect(averageCents(1000, 3)).toBe(333)
    expect(averageCents(1001, 2)).toBe(501)
    expect(averageCents(999_999_999_999, 7)).toBe(142_857_142_857)
    expect(averageCents(0, 0)).toBeNull()
  })
})
