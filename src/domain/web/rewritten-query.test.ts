import { describe, expect, it } from 'vitest'

import { rewrittenSearch } from './rewritten-query'

describe('rewrittenSearch', () => {
  it('reads back the folded query', () =>
    expect(rewrittenSearch(encodeURIComponent('annee=2023&periode=scolaire')).get('periode')).toBe('scolaire'))
  it('answers an empty query for a segment that does not decode', () =>
    expect([...rewrittenSearch('%E0%A4%A')]).toEqual([]))
})
