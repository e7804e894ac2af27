import { describe, expect, it } from 'vitest'

import { offersSection } from './pages'

describe('offersSection', () => {
  const tne = {
    headerNav: [{ url: '/agenda' }, { url: '/ressources?public=parents' }],
    footerNav: [{ url: '/carte-blanche' }],
  }
  it.each([
    [tne, '/ressources', true],
    [tne, '/carte-blanche', true],
    [tne, '/agenda', true],
    [tne, '/projets', false],
    // A longer path is another section.
    [{ headerNav: [{ url: '/ressources-humaines' }] }, '/ressources', false],
    [{ headerNav: [{ url: '/ressources/mallette' }] }, '/ressources', false],
    [null, '/ressources', false],
    [{ headerNav: null, footerNav: null }, '/ressources', false],
  ])('%j offers %s: %s', (navigation, path, expected) => {
    expect(offersSection(navigation, path)).toBe(expected)
  })
})
