import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { typographyFaults } from '@/domain/text/typography'

import { accessibilityViolations, launch, requestAs, url } from './browser'

const SITES = [
  { name: 'projets', host: 'localhost' },
  { name: 'parentalite', host: 'tne.localhost' },
] as const
const WIDTHS = [320, 768, 1280] as const
const SCREENSHOTS = path.resolve('test-results/screenshots')

let browser: Browser
beforeAll(async () => {
  browser = await launch()
  mkdirSync(SCREENSHOTS, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

async function sitemapPaths(host: string): Promise<string[]> {
  const response = await requestAs(host, '/sitemap.xml')
  expect(response.status).toBe(200)
  const xml = response.text
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].replace(/&amp;/g, '&')).pathname)
}

/** What sticks out of the viewport: the document's width, and the outermost elements wider than the screen. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth
    const culprits: string[] = []
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect()
      if (rect.right > width + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1)) {
        culprits.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(rect.right)} px)`,
        )
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits: culprits.slice(0, 5) }
  })
}

describe('sitemaps list every public page', () => {
  it('the crowdfunding site lists its key figures, sponsors and project form; the TNE site its agenda and territories', async () => {
    const projets = await sitemapPaths('localhost')
    expect(projets).toEqual(
      expect.arrayContaining([
        '/',
        '/projets',
        '/chiffres-cles',
        '/mecenes',
        '/proposer-un-projet',
        '/aide',
        '/accessibilite',
        '/mentions-legales',
        '/plan-du-site',
      ]),
    )
    expect(projets.some((p) => /^\/mecenes\/[a-z0-9-]+$/.test(p))).toBe(true)
    const tne = await sitemapPaths('tne.localhost')
    expect(tne).toEqual(
      expect.arrayContaining([
        '/',
        '/agenda',
        '/agenda/carte',
        '/territoires',
        '/territoires/val-d-oise',
        '/territoires/aisne',
        '/chiffres-cles',
        '/ressources',
        '/carte-blanche',
        '/aide',
      ]),
    )
    expect(tne.filter((p) => p.startsWith('/territoires/'))).toHaveLength(12)
    expect(tne).not.toContain('/mecenes')
  })

  it('every listed page answers 200', async () => {
    for (const site of SITES) {
      for (const pathname of await sitemapPaths(site.host)) {
        const response = await requestAs(site.host, pathname)
        // A page for signed-in people (the project form) sends visitors to the sign-in page first.
        const signIn = response.status === 307 && String(response.headers.location).includes('/connexion')
        expect(`${site.host}${pathname} → ${signIn ? 200 : response.status}`).toBe(`${site.host}${pathname} → 200`)
      }
    }
  }, 300_000)
})

describe('reflow (RGAA 10.11): no page scrolls sideways', () => {
  it.each(SITES.flatMap((site) => WIDTHS.map((width) => [site.name, site.host, width] as const)))(
    '%s at %i px… every page of the sitemap',
    async (name, host, width) => {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width, height: 800 } })
      const page = await context.newPage()
      const failures: string[] = []
      try {
        for (const pathname of await sitemapPaths(host)) {
          await page.goto(url(host, pathname), { waitUntil: 'load' })
          const result = await overflow(page)
          if (result.scrollWidth > result.innerWidth)
            failures.push(
              `${pathname}: ${result.scrollWidth} px > ${result.innerWidth} px: ${result.culprits.join(', ')}`,
            )
        }
      } finally {
        await context.close()
      }
      expect(failures, `${name} at ${width} px`).toEqual([])
    },
    600_000,
  )
})

describe('screenshots for the review (test-results/screenshots)', () => {
  it.each([320, 1280])(
    'the home pages, a project page and its giving form at %i px',
    async (width) => {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width, height: 900 } })
      const page = await context.newPage()
      try {
        const project = (await sitemapPaths('localhost')).find((p) => /^\/projets\/[^/]+$/.test(p))!
        const shots: [string, string, string][] = [
          ['projets-accueil', 'localhost', '/'],
          ['projets-projet', 'localhost', project],
          ['projets-don', 'localhost', `${project}/don`],
          ['tne-accueil', 'tne.localhost', '/'],
        ]
        for (const [file, host, pathname] of shots) {
          await page.goto(url(host, pathname), { waitUntil: 'load' })
          await page.screenshot({ path: path.join(SCREENSHOTS, `${file}-${width}.png`), fullPage: true })
        }
      } finally {
        await context.close()
      }
    },
    120_000,
  )
})

describe('French typography and legal pages', () => {
  it.each([
    ['localhost', '/aide'],
    ['localhost', '/accessibilite'],
    ['localhost', '/mentions-legales'],
    ['tne.localhost', '/'],
    ['tne.localhost', '/aide'],
    ['tne.localhost', '/carte-blanche/majorite-numerique-15-ans-que-dit-la-loi'],
  ])(
    'http://%s%s: no breakable space before ; : ! ? », none inside numbers or before € and %',
    async (host, pathname) => {
      const context = await browser.newContext({ locale: 'fr-FR' })
      const page = await context.newPage()
      try {
        await page.goto(url(host, pathname))
        const text = await page.locator('main').evaluate((main) => main.textContent ?? '')
        expect(typographyFaults(text).map((f) => `${f.rule}: « ${f.excerpt} »`)).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  it('the accessibility declaration states the status its audit’s rate gives, the sample, and the Défenseur des droits’ links; the footer says the same', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    try {
      await page.goto(url('localhost', '/accessibilite'))
      const main = await page.locator('main').innerText()
      expect(main).toMatch(/est partiellement conforme avec le référentiel/)
      expect(main).toMatch(/87\s%\sdes critères/)
      expect(main).not.toContain('Aucune non-conformité')
      expect(await page.locator('main a[href="https://formulaire.defenseurdesdroits.fr/"]').count()).toBe(1)
      expect(await page.locator('footer').innerText()).toMatch(/Accessibilité\s:\spartiellement conforme/)
      expect(await accessibilityViolations(page)).toEqual([])
      await page.goto(url('tne.localhost', '/mentions-legales'))
      expect(await page.locator('main h2').allInnerTexts()).toEqual(
        expect.arrayContaining(['Éditeur', 'Directeur ou directrice de la publication', 'Hébergement']),
      )
      expect(await page.locator('main').innerText()).toContain('Claire Dupont')
      expect(await page.locator('footer a[href="/aide"]').count()).toBe(1)
    } finally {
      await context.close()
    }
  })
})

describe('key figures', () => {
  it('open on a year with completed campaigns', async () => {
    const html = (await requestAs('localhost', '/chiffres-cles')).text
    const completed = /<dt>Collectes terminées<\/dt><dd>([^<]+)<\/dd>/.exec(html)?.[1]
    // A count of one or more completed campaigns, written the French way ("12", "1 204").
    expect(completed).toMatch(/^[1-9][\d\s]*$/)
  })

  it.each(['localhost', 'tne.localhost'])(
    'on %s, a TNE table of a year without figures is an empty CSV (its header), not a 404',
    async (host) => {
      const response = await requestAs(host, '/chiffres-cles/donnees/tne-partenaires.csv?annee=2019')
      expect(response.status).toBe(200)
      const lines = response.text
        .replace(/^\ufeff/, '')
        .trim()
        .split(/\r?\n/)
      expect(lines).toEqual(['Nature du partenaire;Partenaires'])
      expect((await requestAs(host, '/chiffres-cles/donnees/inconnu.csv')).status).toBe(404)
    },
  )
})

describe('workshop kits', () => {
  it('link their files on the TNE site’s own host, as tagged PDFs (RGAA 13.3)', async () => {
    const html = (await requestAs('tne.localhost', '/ressources/mallette-coeducation-ecoles')).text
    const hrefs = [...html.matchAll(/<a href="([^"]+)" download=/g)].map((m) => m[1].replace(/&amp;/g, '&'))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) {
      expect(href).toMatch(/^\/api\/documents\/file\//)
      const response = await requestAs('tne.localhost', href)
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toBe('application/pdf')
      const pdf = response.body.toString('latin1')
      expect(pdf).toContain('/StructTreeRoot')
      expect(pdf).toMatch(/\/Lang \((þÿ\0)?f/)
    }
  })
})
