import { describe, expect, it } from 'vitest'

import { followNoticePath } from './follow-notice'

describe('followNoticePath', () => {
  it.each([
    ['/projets/classe-de-mer-3', 'suivi=oui', '/projets/classe-de-mer-3/suivi/oui'],
    ['/projets/classe-de-mer-3', 'suivi=non&autre=1', '/projets/classe-de-mer-3/suivi/non'],
    ['/projets/classe-de-mer-3', 'suivi=peut-etre', null],
    ['/projets/classe-de-mer-3', 'autre=1', null],
    ['/projets/classe-de-mer-3/don', 'suivi=oui', null],
    ['/projets', 'suivi=oui', null],
    ['/projets/recherche', 'suivi=oui', null],
    ['/mon-espace', 'suivi=oui', null],
  ])('%s?%s → %s', (pathname, search, expected) =>
    expect(followNoticePath(pathname, new URLSearchParams(search))).toBe(expected),
  )
})
