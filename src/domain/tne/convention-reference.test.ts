import { describe, expect, it } from 'vitest'

import { formatConventionReference, isConventionYear } from './convention-reference'

describe('convention references', () => {
  it.each([
    ['02', 2023, 1, 'TNE-02-2023-001'],
    ['2A', 2024, 12, 'TNE-2A-2024-012'],
    ['971', 2025, 1234, 'TNE-971-2025-1234'],
  ])('%s %i #%i → %s', (code, year, sequence, reference) => {
    expect(formatConventionReference(code, year, sequence)).toBe(reference)
  })

  it('refuses a sequence below 1', () => {
    expect(() => formatConventionReference('02', 2023, 0)).toThrow()
  })

  it('accepts programme years from 2020', () => {
    expect([2019, 2020, 2023.5, '2023', 2100].map(isConventionYear)).toEqual([false, true, false, false, true])
  })
})
