import { describe, expect, it } from 'vitest'

import {
  MONACO_CDN,
  STRIPE_CHECKOUT,
  contentSecurityPolicy,
  dynamicSecurityHeaders,
  strictTransportSecurity,
  surfaceOf,
  tileOrigin,
} from './headers'

const production = {
  serverUrl: 'https://portail.example.fr',
  mapTileUrl: 'https://tiles.example.fr/{z}/{x}/{y}.png',
  development: false,
}
const local = { serverUrl: 'http://localhost:3000', mapTileUrl: 'off', development: false }

/** A policy as a map of directive → sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  )

describe('tileOrigin', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.fr'],
    ['http://localhost:8080/tiles/{z}/{x}/{y}.png', 'http://localhost:8080'],
    ['HTTPS://Tiles.Example.FR/{z}/{x}/{y}.png?key=abc', 'https://tiles.example.fr'],
    ['off', null],
    ['ftp://tiles.example.fr/{z}/{x}/{y}.png', null],
    ["https://tiles.example.fr'; script-src *;/{z}/{x}/{y}.png", null],
  ])('%s → %s', (url, expected) => {
    expect(tileOrigin(url)).toBe(expected)
  })
})

describe('contentSecurityPolicy', () => {
  it('public sites: own scripts and Next.js’s inline ones, no eval, no plugins, no foreign form target but Stripe’s checkout', () => {
    const csp = directives(contentSecurityPolicy('site', production))
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'", STRIPE_CHECKOUT])
    expect(csp.get('frame-ancestors')).toEqual(["'self'", 'https://portail.example.fr'])
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://portail.example.fr'])
    expect(csp.has('upgrade-insecure-requests')).toBe(true)
  })

  it('public sites: the map’s tiles from MAP_TILE_URL’s origin only, nothing when the map is off', () => {
    expect(directives(contentSecurityPolicy('site', production)).get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://portail.example.fr',
      'https://tiles.example.fr',
    ])
    expect(directives(contentSecurityPolicy('site', local)).get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'http://localhost:3000',
    ])
  })

  it('the admin: inline scripts only with the request’s nonce, Monaco from its pinned path, framed by the portal only', () => {
    const csp = directives(contentSecurityPolicy('admin', production, 'bm9uY2U'))
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U'", MONACO_CDN])
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'", MONACO_CDN])
    expect(csp.get('frame-src')).toEqual(["'self'", 'https://portail.example.fr'])
    expect(csp.get('frame-ancestors')).toEqual(["'self'", 'https://portail.example.fr'])
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:'])
    expect(MONACO_CDN).toMatch(/^https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@\d+\.\d+\.\d+\/$/)
  })

  it('the admin’s policy cannot be built without a nonce', () => {
    expect(() => contentSecurityPolicy('admin', production)).toThrow()
  })

  it('the API: nothing runs or loads, framed by the portal only', () => {
    expect(contentSecurityPolicy('api', production)).toBe(
      "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
    )
  })

  it('eval only in development, where the policy is only reported', () => {
    expect(directives(contentSecurityPolicy('site', { ...local, development: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    )
    expect(directives(contentSecurityPolicy('site', local)).get('script-src')).not.toContain("'unsafe-eval'")
    expect(Object.keys(dynamicSecurityHeaders('site', { ...local, development: true }))).toEqual([
      'Content-Security-Policy-Report-Only',
    ])
    expect(directives(contentSecurityPolicy('site', local)).has('upgrade-insecure-requests')).toBe(false)
  })
})

describe('Strict-Transport-Security', () => {
  it('only when SERVER_URL is https', () => {
    expect(strictTransportSecurity('https://portail.example.fr')).toBe('max-age=31536000')
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull()
    expect(dynamicSecurityHeaders('api', production)['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(dynamicSecurityHeaders('api', local)).toEqual({
      'Content-Security-Policy': contentSecurityPolicy('api', local),
    })
  })
})

describe('surfaceOf', () => {
  it.each([
    ['/', 'site'],
    ['/projets/classe-de-mer/don', 'site'],
    ['/apiculture', 'site'],
    ['/administration', 'site'],
    ['/admin', 'admin'],
    ['/admin/collections/projects/3', 'admin'],
    ['/apercu/pages/12', 'admin'],
    ['/api', 'api'],
    ['/api/health', 'api'],
    ['/api/media/file/logo.png', 'api'],
  ])('%s → %s', (path, expected) => {
    expect(surfaceOf(path)).toBe(expected)
  })
})
