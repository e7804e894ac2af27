import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'
import { legalSettings } from '@/seed/skeleton-pages'

import { accessibilityViolations, port, signInToAdmin, url, useBrowserPage } from './browser'

const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

describe('two sites, one app', () => {
  it('serves the crowdfunding home on localhost, in French', async () => {
    const response = await page.goto(url('localhost'))
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.locator('h1').innerText()).toBe('Financez les projets des classes')
    expect(await page.title()).toBe('Projets d’école')
    expect(await page.locator('nav[aria-label="Menu principal"] a').allInnerTexts()).toContain('Proposer un projet')
  })

  it('serves the TNE home on tne.localhost, with its own navigation', async () => {
    await page.goto(url('tne.localhost'))
    expect(await page.locator('h1').innerText()).toBe('Parentalité et Numérique')
    expect(await page.locator('nav[aria-label="Menu principal"] a').allInnerTexts()).toEqual([
      'Agenda',
      'Territoires',
      'Ressources',
      'Carte blanche',
      'Actualités',
    ])
    expect(await page.locator('body').innerText()).toMatch(/2\s536/)
  })

  it('answers 404 in French for an unknown page and for an unknown host', async () => {
    const missing = await page.goto(url('localhost', '/nexiste-pas'))
    expect(missing?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('Page introuvable')
    const unknownHost = await fetch(`http://127.0.0.1:${port()}/`, { headers: { host: 'inconnu.example' } })
    expect(unknownHost.status).toBe(404)
  })

  it('links the accessibility declaration from every page, and it holds the RGAA sections', async () => {
    await page.goto(url('tne.localhost', '/mentions-legales'))
    await page.getByRole('link', { name: 'Accessibilité : partiellement conforme' }).click()
    await page.waitForURL('**/accessibilite')
    const headings = await page.locator('main h2').allInnerTexts()
    expect(headings).toEqual([
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Établissement de cette déclaration d’accessibilité',
      'Retour d’information et contact',
      'Voies de recours',
    ])
  })

  it('offers a skip link as the first focusable element', async () => {
    await page.goto(url('localhost'))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu')
  })

  it.each([
    ['localhost', '/'],
    ['localhost', '/accessibilite'],
    ['tne.localhost', '/'],
    ['tne.localhost', '/accessibilite'],
    ['tne.localhost', '/plan-du-site'],
    ['localhost', '/page-inexistante'],
  ])('axe finds no violation on http://%s%s', async (host, pathname) => {
    await page.goto(url(host, pathname))
    expect(await accessibilityViolations(page)).toEqual([])
  })
})

describe('admin', () => {
  it('the seeded admin logs in and sees the dashboard in French', async () => {
    await signInToAdmin(page, 'admin@portail.example', DEMO_PASSWORD)
    await expect(page.getByRole('link', { name: 'Sites' }).first().isVisible()).resolves.toBe(true)
  }, 150_000)
})

describe('a third programme, added as data only', () => {
  it('gets a working site with its name, navigation and colours', async () => {
    const api = (pathname: string) => `http://127.0.0.1:${port()}/api${pathname}`
    const login = await fetch(api('/users/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@portail.example', password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const post = async (collection: string, data: object) => {
      const response = await fetch(api(`/${collection}`), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify(data),
      })
      expect(response.status, await response.clone().text()).toBe(201)
      return ((await response.json()) as { doc: { id: number } }).doc
    }
    const host = `mer-${Date.now()}.localhost`
    const tenant = await post('tenants', {
      name: 'Classes de mer',
      slug: `classes-de-mer-${Date.now()}`,
      domains: [{ domain: host }],
      theme: { primary: '#005a70', accent: '#7a3e00' },
    })
    await post('site-settings', {
      tenant: tenant.id,
      tagline: 'Un appel à projets avec un partenaire',
      headerNav: [{ label: 'Le programme', url: '/le-programme' }],
      ...legalSettings('2026-12-01'),
    })
    await post('pages', { tenant: tenant.id, slug: 'accueil', title: 'Partez en classe de mer', _status: 'published' })
    await post('pages', { tenant: tenant.id, slug: 'le-programme', title: 'Le programme', _status: 'published' })

    await page.goto(url(host))
    expect(await page.locator('h1').innerText()).toBe('Partez en classe de mer')
    expect(await page.title()).toBe('Classes de mer')
    const primary = await page
      .locator('.site')
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--color-primary').trim())
    expect(primary).toBe('#005a70')
    await page.getByRole('link', { name: 'Le programme' }).click()
    await page.waitForURL('**/le-programme')
    expect(await page.locator('h1').innerText()).toBe('Le programme')
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
