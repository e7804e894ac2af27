import { describe, expect, it } from 'vitest'

import { SITE_KINDS, siteKindOf } from './kinds'

describe('siteKindOf', () => {
  it.each([
    ['projets', SITE_KINDS.projets],
    ['parentalite', SITE_KINDS.parentalite],
    ['appel-a-projets-montagne', null],
    ['Projets', null],
    ['', null],
  ])('%s → %s', (slug, kind) => expect(siteKindOf(slug)).toBe(kind))
})
