import { describe, expect, it } from 'vitest'

import { commissionCents, settlement } from './commission'

describe('commissionCents', () => {
  it.each([
    [0, 0],
    [100_000, 6_500], // 1,000 € → 65 €
    [1_010, 66], // 65.65 → 66
    [1_000, 65],
    [1_100, 72], // 71.5 → 72 (half up)
    [1_099, 71], // 71.435 → 71
    [123_456, 8_025], // 8,024.64 → 8,025
  ])('%i cents → %i cents', (collected, commission) => expect(commissionCents(collected)).toBe(commission))
  it('refuses fractions and negatives', () => {
    expect(() => commissionCents(10.5)).toThrow(RangeError)
    expect(() => commissionCents(-1)).toThrow(RangeError)
  })
})

describe('settlement', () => {
  it('pays the structure the rest, to the cent', () => {
    for (const collected of [1_000, 95_600, 123_457, 500_000, 999_999]) {
      const { commissionCents: c, payoutCents: p } = settlement(collected)
      expect(c + p).toBe(collected)
    }
    expect(settlement(95_600)).toEqual({ commissionCents: 6_214, payoutCents: 89_386 })
  })
})
