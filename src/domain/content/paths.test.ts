import { describe, expect, it } from 'vitest'

import { contentPath, nestedPagePath } from './paths'

describe('contentPath', () => {
  it.each([
    ['expert-articles', { slug: 'majorite-numerique' }, '/carte-blanche/majorite-numerique'],
    ['workshop-kits', { slug: 'mallette-colleges' }, '/ressources/mallette-colleges'],
    ['news', { slug: 'rentree' }, '/actualites/rentree'],
    ['projects', { slug: 'classe-de-mer' }, '/projets/classe-de-mer'],
    ['pages', { slug: 'accueil' }, '/'],
    ['pages', { slug: 'contact' }, '/contact'],
    ['pages', { slug: 'guides', breadcrumbs: [{ url: '/aide' }, { url: '/aide/guides' }] }, '/aide/guides'],
  ] as const)('%s %j → %s', (collection, doc, path) => {
    expect(contentPath(collection, doc)).toBe(path)
  })
})

describe('nestedPagePath', () => {
  it('joins the ancestors’ slugs', () => expect(nestedPagePath(['aide', 'guides'])).toBe('/aide/guides'))
  it('the home page is the root', () => expect(nestedPagePath(['accueil'])).toBe('/'))
})
