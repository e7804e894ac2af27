import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { API_CONTENT_SECURITY_POLICY, MONACO_CDN, STATIC_SECURITY_HEADERS, tileOrigin } from '@/domain/security/headers'
import { env } from '@/env'
import { proxy } from '@/proxy'

import nextConfig from '../../next.config'

/**
 * Issue 16, "no Content-Security-Policy, HSTS or Permissions-Policy": what next.config.ts sends on
 * every path, and what the proxy adds to each site's pages, the admin and its previews; and the
 * proxy's refusal of cross-site form posts (server actions), which Next.js answers with a 500.
 * The same headers are checked on a running production build by tests/e2e/security-headers.e2e.spec.ts.
 */
const request = (host: string, pathname: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(
    new NextRequest(`http://${host}${pathname}`, { method: init.method ?? 'GET', headers: { host, ...init.headers } }),
  )

/** A policy as a map of directive → sources. */
const directives = (policy: string | null) =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  )
const server = new URL(env.SERVER_URL).origin

describe('next.config.ts headers()', () => {
  it('sends nosniff, the referrer policy, X-Frame-Options and the Permissions-Policy on every path, and the API’s policy on /api', async () => {
    const rules = await nextConfig.headers!()
    const everywhere = rules.find(
      (rule) => rule.source === '/:path*' && rule.headers.some((h) => h.key === 'X-Content-Type-Options'),
    )
    expect(Object.fromEntries(everywhere!.headers.map((h) => [h.key, h.value]))).toEqual(STATIC_SECURITY_HEADERS)
    expect(STATIC_SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()')
    const api = rules.find((rule) => rule.source === '/api/:path*')
    expect(api?.headers).toEqual([{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }])
    expect(API_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; frame-ancestors 'self'/)
  })
})

describe('the proxy: each site’s pages', () => {
  it.each([
    ['localhost:3000', '/'],
    ['localhost:3000', '/projets/classe-de-mer/don'],
    ['tne.localhost:3000', '/'],
    ['tne.localhost:3000', '/agenda/carte'],
  ])(
    'http://%s%s: the sites’ policy (no eval, no plugins, forms to the portal and Stripe’s checkout, the map’s tiles)',
    async (host, pathname) => {
      const response = await request(host, pathname)
      expect(response.headers.get('x-middleware-rewrite')).toContain(`/${host.split(':')[0]}`)
      const csp = directives(response.headers.get('content-security-policy'))
      expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('form-action')).toEqual(["'self'", 'https://checkout.stripe.com'])
      expect(csp.get('frame-ancestors')).toEqual(["'self'", server])
      // Uploaded images come from the portal's address (SERVER_URL), which a site's host may not be.
      expect(csp.get('img-src')).toEqual([
        "'self'",
        'data:',
        'blob:',
        server,
        ...[tileOrigin(env.MAP_TILE_URL)].filter(Boolean),
      ])
      // SERVER_URL is http here: no HSTS (a browser would ignore it anyway).
      expect(response.headers.get('strict-transport-security')).toBeNull()
    },
  )
})

describe('the proxy: the admin and its previews', () => {
  it.each([['/admin'], ['/admin/login'], ['/admin/collections/projects/12'], ['/apercu/pages/3']])(
    '%s: inline scripts only with this request’s nonce, also handed to Next.js',
    async (pathname) => {
      const response = await request('localhost:3000', pathname)
      const policy = response.headers.get('content-security-policy')
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? '')?.[1]
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      expect(directives(policy).get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, MONACO_CDN])
      expect(directives(policy).get('frame-ancestors')).toEqual(["'self'", server])
      // NextResponse.next({ request: { headers } }) hands the request's new headers to Next.js this way.
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
      expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    },
  )

  it('draws a new nonce for every request', async () => {
    const nonces = new Set(
      await Promise.all(
        Array.from({ length: 20 }, async () =>
          (await request('localhost:3000', '/admin')).headers.get('content-security-policy'),
        ),
      ),
    )
    expect(nonces.size).toBe(20)
  })

  it('the monaco editor’s address is the one Payload’s admin loads (pinned version)', () => {
    const dir = path.resolve('node_modules/@payloadcms/ui/dist/exports/client')
    const loaded = readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) =>
        [
          ...readFileSync(path.join(dir, file), 'utf8').matchAll(
            /https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[\d.]+\//g,
          ),
        ].map((m) => m[0]),
      )
    expect(new Set(loaded)).toEqual(new Set([MONACO_CDN]))
  })
})

describe('the proxy: a form posted from another site (a server action)', () => {
  const action = { 'next-action': '7f3a9c', 'content-type': 'text/plain;charset=UTF-8' }

  it.each([
    ['localhost:3000', '/projets/classe-de-mer/don', 'https://pirate.example'],
    ['localhost:3000', '/connexion', 'null'],
    ['tne.localhost:3000', '/questionnaire/atelier', 'http://localhost:3000'],
    ['localhost:3000', '/admin/collections/projects/12', 'https://pirate.example'],
  ])('http://%s%s from %s: 403, a French page, nothing forwarded', async (host, pathname, origin) => {
    const response = await request(host, pathname, { method: 'POST', headers: { ...action, origin } })
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    expect(response.headers.get('x-middleware-next')).toBeNull()
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    const html = await response.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<h1>Envoi refusé</h1>')
    expect(html).not.toContain('<script')
  })

  it('a form without JavaScript (multipart, no Next-Action header) is refused the same way', async () => {
    const response = await request('localhost:3000', '/inscription', {
      method: 'POST',
      headers: { origin: 'https://pirate.example', 'content-type': 'multipart/form-data; boundary=x' },
    })
    expect(response.status).toBe(403)
  })

  it('the same post from the site itself goes through', async () => {
    expect(
      (
        await request('localhost:3000', '/projets/classe-de-mer/don', {
          method: 'POST',
          headers: { ...action, origin: 'http://localhost:3000' },
        })
      ).headers.get('x-middleware-rewrite'),
    ).toContain('/localhost/projets/classe-de-mer/don')
    expect(
      (
        await request('tne.localhost:3000', '/questionnaire/atelier', {
          method: 'POST',
          headers: { ...action, origin: 'http://tne.localhost:3000' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await request('localhost:3000', '/admin', {
          method: 'POST',
          headers: { ...action, origin: 'http://localhost:3000' },
        })
      ).headers.get('x-middleware-next'),
    ).toBe('1')
  })
})
