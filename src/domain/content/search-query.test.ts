import { describe, expect, it } from 'vitest'

import { parseSearchQuery, searchHref } from './search-query'

describe('parseSearchQuery', () => {
  it.each([
    [{ q: '  écrans  ' }, { q: 'écrans', page: 1 }],
    [
      { q: ['jeux', 'autre'], page: '3' },
      { q: 'jeux', page: 3 },
    ],
    [{ q: 'x'.repeat(101) }, { q: '', page: 1 }],
    [{ page: '-2' }, { q: '', page: 1 }],
    [
      { page: 'abc', q: 'ia' },
      { q: 'ia', page: 1 },
    ],
    [{ q: 'jeux\u0000 vidéo\u001f' }, { q: 'jeux vidéo', page: 1 }],
  ])('%j', (params, expected) => {
    expect(parseSearchQuery(params)).toEqual(expected)
  })
  it('builds page links', () => {
    expect(searchHref({ q: 'jeux vidéo', page: 1 }, 2)).toBe('/recherche?q=jeux+vid%C3%A9o&page=2')
  })
})
