import http from 'node:http'

import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { accessibilityViolations, fillFields, port, signInToAdmin, url, useBrowserPage } from './browser'

/**
 * Issue 16: the security headers on a production build, on both sites' hosts, the admin and the
 * API; the pages (and the admin) still work under the Content-Security-Policy: no violation reported
 * while they load and a form or the map runs; a server action posted from another site gets a 403.
 * (What each header holds is unit-tested in src/domain/security/headers.test.ts.)
 */
const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

const TNE = 'tne.localhost'
const PROJECT = '/projets/robots-et-codage-au-college'
type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string }

/** A request to the app as a given host (Node's fetch does not let a test set the Host header). */
function request(
  host: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: port(), path, method, headers: { Host: `${host}:${port()}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** A policy as a map of directive → sources. */
const directives = (policy: unknown) =>
  new Map(
    String(policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  )

function expectStaticHeaders(answer: Answer) {
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN')
  expect(answer.headers['permissions-policy']).toContain('camera=()')
  expect(answer.headers['permissions-policy']).toContain('geolocation=()')
  // SERVER_URL is http://localhost here: no HSTS (it comes with an https SERVER_URL).
  expect(answer.headers['strict-transport-security']).toBeUndefined()
}

/**
 * Records what the Content-Security-Policy blocks while the page lives: the browser's
 * `securitypolicyviolation` events (listened to from before any script of the page runs) and its
 * console's "Refused to…" errors.
 */
async function watchPolicy(p: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = []
  p.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  await p.addInitScript(() => {
    const w = window as unknown as { __blocked: string[] }
    w.__blocked = []
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__blocked.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return async () => [
    ...refused,
    ...(await p.evaluate(() => (window as unknown as { __blocked?: string[] }).__blocked ?? [])),
  ]
}

describe('the headers, on both sites, the admin and the API', () => {
  it.each([
    ['localhost', '/'],
    ['localhost', '/projets'],
    ['localhost', PROJECT],
    [TNE, '/'],
    [TNE, '/agenda/carte'],
    ['localhost', '/page-inexistante'],
  ])('http://%s%s: the sites’ policy', async (host, path) => {
    const answer = await request(host, path)
    expect(answer.status).toBeLessThan(500)
    expectStaticHeaders(answer)
    const csp = directives(answer.headers['content-security-policy'])
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'", 'https://checkout.stripe.com'])
    expect(csp.get('frame-ancestors')).toEqual(["'self'", `http://localhost:${port()}`])
    // The TNE map's tiles (MAP_TILE_URL, OpenStreetMap's by default).
    expect(csp.get('img-src')).toContain('https://tile.openstreetmap.org')
  })

  it.each([['localhost'], [TNE]])(
    'http://%s/admin/login: the admin’s policy, and every script of the page carries its nonce',
    async (host) => {
      const answer = await request(host, '/admin/login')
      expect(answer.status).toBe(200)
      expectStaticHeaders(answer)
      const csp = directives(answer.headers['content-security-policy'])
      const nonce = /^'nonce-(.+)'$/.exec(csp.get('script-src')?.[1] ?? '')?.[1]
      expect(nonce).toBeTruthy()
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
      expect(csp.get('frame-ancestors')).toEqual(["'self'", `http://localhost:${port()}`])
      const scripts = [...answer.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
      expect(scripts.length).toBeGreaterThan(0)
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
      // A new nonce for every page.
      const again = directives((await request(host, '/admin/login')).headers['content-security-policy'])
      expect(again.get('script-src')?.[1]).not.toBe(`'nonce-${nonce}'`)
    },
  )

  it.each([
    ['localhost', '/api/health'],
    [TNE, '/api/health'],
    ['localhost', '/api/projects?limit=1'],
    ['localhost', '/api/health/live'],
  ])('http://%s%s: the API’s policy (nothing runs, framed by the portal only)', async (host, path) => {
    const answer = await request(host, path)
    expect(answer.status).toBe(200)
    expectStaticHeaders(answer)
    expect(answer.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
    )
  })

  it('Next’s scripts are served with nosniff', async () => {
    const home = await request('localhost', '/')
    const script = /src="(\/_next\/static\/[^"]+)"/.exec(home.text)?.[1]
    expect(script).toBeTruthy()
    const asset = await request('localhost', script!)
    expect(asset.status).toBe(200)
    expect(asset.headers['x-content-type-options']).toBe('nosniff')
  })
})

describe('the pages still work under the policy', () => {
  it('the crowdfunding site: home, catalogue, a project and its giving form (an error shown by React) — nothing blocked, axe clean', async () => {
    const blocked = await watchPolicy(page)
    await page.goto(url('localhost', '/'), { waitUntil: 'networkidle' })
    expect(await accessibilityViolations(page)).toEqual([])
    await page.goto(url('localhost', '/projets'), { waitUntil: 'networkidle' })
    await page.goto(url('localhost', PROJECT), { waitUntil: 'networkidle' })
    await page.goto(url('localhost', `${PROJECT}/don`), { waitUntil: 'networkidle' })
    await fillFields(page, { amount: '5' })
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.locator('#champ-amount-erreur').waitFor()
    expect(await blocked()).toEqual([])
  })

  it('the TNE site: home, the agenda’s map drawn by Leaflet, the questionnaire — nothing blocked', async () => {
    const blocked = await watchPolicy(page)
    await page.goto(url(TNE, '/'), { waitUntil: 'networkidle' })
    await page.goto(url(TNE, '/agenda/carte'))
    await page.locator('.leaflet-container').waitFor()
    await page.goto(url(TNE, '/questionnaire/demo-atelier-realise-laon'), { waitUntil: 'networkidle' })
    // Tiles may not load from this machine: a network error, which is not a refusal by the policy.
    expect(await blocked()).toEqual([])
  })

  it('the admin: sign-in, dashboard, a list and a project — nothing blocked', async () => {
    const blocked = await watchPolicy(page)
    await signInToAdmin(page, 'admin@portail.example', DEMO_PASSWORD)
    await page.goto(url('localhost', '/admin/collections/projects'), { waitUntil: 'networkidle' })
    await page.locator('table tbody tr td.cell-title a').first().click()
    await page.waitForURL(/\/admin\/collections\/projects\/\d+/)
    await page.getByRole('heading').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(await blocked()).toEqual([])
  }, 150_000)
})

describe('a server action posted from another site', () => {
  const foreign = {
    Origin: 'https://pirate.example',
    'Next-Action': '7f00000000000000000000000000000000000000',
    'Content-Type': 'text/plain;charset=UTF-8',
  }

  it.each([
    ['localhost', '/connexion'],
    ['localhost', `${PROJECT}/don`],
    [TNE, '/questionnaire/demo-atelier-realise-laon'],
    ['localhost', '/admin'],
  ])('http://%s%s: 403 with a French page, not 500', async (host, path) => {
    const answer = await request(host, path, { method: 'POST', headers: foreign, body: '[]' })
    expect(answer.status).toBe(403)
    expect(answer.text).toContain('<h1>Envoi refusé</h1>')
    expect(answer.text).toContain('lang="fr"')
  })

  it('a form posted without JavaScript (multipart) from another site: 403 too', async () => {
    const boundary = 'x-junk-boundary'
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nvictime@example.org\r\n--${boundary}--\r\n`
    const answer = await request('localhost', '/mot-de-passe-oublie', {
      method: 'POST',
      headers: { Origin: 'https://pirate.example', 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
    })
    expect(answer.status).toBe(403)
  })

  it('the same request from the site itself is not refused (an unknown action: 404, not 403 or 500)', async () => {
    const answer = await request('localhost', '/connexion', {
      method: 'POST',
      headers: { ...foreign, Origin: `http://localhost:${port()}` },
      body: '[]',
    })
    expect(answer.status).not.toBe(403)
    expect(answer.status).toBeLessThan(500)
  })
})
