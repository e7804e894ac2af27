import { describe, expect, it } from 'vitest'

import { costAfterReductionCents, taxReductionCents } from './tax-reduction'

describe('the cost of a gift after the tax reduction', () => {
  it.each([
    // amount, donor type, reduction, cost
    [50_00, 'individual', 33_00, 17_00],
    [20_00, 'individual', 13_20, 6_80],
    [100_00, 'individual', 66_00, 34_00],
    [10_01, 'individual', 6_60, 3_41], // 6.6066 € → 6.60 € off: never more than the law gives
    [50_00, 'company', 30_00, 20_00],
    [200_00, 'company', 120_00, 80_00],
    [10_01, 'company', 6_00, 4_01],
    [0, 'individual', 0, 0],
    [-5_00, 'company', 0, 0],
  ] as const)('%i cents given by a %s → %i off, costs %i', (amount, donorType, reduction, cost) => {
    expect(taxReductionCents(amount, donorType)).toBe(reduction)
    expect(costAfterReductionCents(amount, donorType)).toBe(cost)
  })

  it('refuses what is not a whole number of cents', () => {
    expect(taxReductionCents(Number.NaN, 'individual')).toBe(0)
    expect(taxReductionCents(12.5, 'individual')).toBe(0)
  })
})
