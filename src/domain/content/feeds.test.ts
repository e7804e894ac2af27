import { describe, expect, it } from 'vitest'

import { renderRobots, renderSitemap } from './feeds'

describe('renderSitemap', () => {
  it('lists each path once, absolute, escaped, with its last change', () => {
    const xml = renderSitemap('https://tne.example.fr', [
      { path: '/' },
      { path: '/carte-blanche/majorite-numerique', lastModified: '2023-05-04T10:00:00.000Z' },
      { path: '/' },
      { path: '/recherche?q=a&b' },
    ])
    expect(xml).toContain('<loc>https://tne.example.fr/</loc>')
    expect(xml).toContain(
      '<url><loc>https://tne.example.fr/carte-blanche/majorite-numerique</loc><lastmod>2023-05-04T10:00:00.000Z</lastmod></url>',
    )
    expect(xml).toContain('<loc>https://tne.example.fr/recherche?q=a&amp;b</loc>')
    expect(xml.match(/<url>/g)).toHaveLength(3)
  })
})

describe('renderRobots', () => {
  it('points at the site’s own sitemap and keeps robots out of private spaces', () => {
    const robots = renderRobots('https://projets.example.fr')
    expect(robots).toContain('Sitemap: https://projets.example.fr/sitemap.xml')
    expect(robots).toContain('Disallow: /mon-espace')
    expect(robots).toContain('Disallow: /admin')
  })
})
