import fs from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'

import { accessibilityViolations, fillFields, url, useBrowserPage } from './browser'

/**
 * The crowdfunding site as a donor meets it (issue 19): the home page, a project page and the
 * giving form, on a phone (320 and 375 px) and a wide screen (1280 px). Screenshots go to
 * test-results/ for a reviewer to look at.
 */
const session = useBrowserPage()
const PROJECT = '/projets/classe-de-mer-a-plouguerneau'
const SHOTS = path.resolve('test-results')

let contexts: BrowserContext[] = []
afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()))
  contexts = []
})

/** A page at `width` px (a phone's height under 1000 px), JavaScript on or off. */
async function pageAt(width: number, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await session.browser().newContext({
    locale: 'fr-FR',
    viewport: { width, height: width < 1000 ? 568 : 800 },
    javaScriptEnabled: options.javaScript ?? true,
  })
  contexts.push(context)
  return context.newPage()
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/**
 * The right edge of the page's main content, and the element that reaches it: what lies inside a
 * region that scrolls on its own (a wide table) does not count; the header is H19b's.
 */
async function widestInMain(page: Page): Promise<number> {
  const { right, element } = await page.evaluate(() => {
    const scrollsOnItsOwn = (e: Element) => {
      for (let p = e.parentElement; p && p.tagName !== 'MAIN'; p = p.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true
      return false
    }
    let widest = { right: 0, element: '' }
    for (const e of document.querySelectorAll('main *')) {
      const r = e.getBoundingClientRect().right
      if (r > widest.right && !scrollsOnItsOwn(e))
        widest = { right: r, element: `${e.tagName.toLowerCase()}.${e.className}` }
    }
    return widest
  })
  if (right > page.viewportSize()!.width) console.warn(`widest in main: ${element} (${right} px)`)
  return right
}

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

describe('a project page', () => {
  it.each([320, 375])(
    'at %i px, the give box’s button is on screen without scrolling, and stays there while scrolling',
    async (width) => {
      const page = await pageAt(width)
      await page.goto(url('localhost', PROJECT), { waitUntil: 'networkidle' })
      const button = page.locator('.givebar a.button')
      const inView = async () => {
        const box = await button.boundingBox()
        return Boolean(box && box.y >= 0 && box.y + box.height <= 568 && box.x >= 0 && box.x + box.width <= width)
      }
      expect(await inView()).toBe(true)
      expect(text(await button.innerText())).toBe('Faire un don au projet « Classe de mer à Plouguerneau »')
      await page.mouse.wheel(0, 2_000)
      await page.waitForFunction(() => window.scrollY > 500)
      expect(await inView()).toBe(true)
      expect(await widestInMain(page)).toBeLessThanOrEqual(width)
      if (width === 320) {
        await page.evaluate(() => window.scrollTo(0, 0))
        await screenshot(page, 'projet-320')
        expect(await accessibilityViolations(page)).toEqual([])
      }
    },
  )

  it('at 1280 px: the cover with its srcset, the give box beside the story with one bar, the story, the budget and the donors’ wall', async () => {
    const page = await pageAt(1280)
    await page.goto(url('localhost', PROJECT), { waitUntil: 'networkidle' })
    const cover = page.locator('.project__cover')
    expect(await cover.getAttribute('alt')).toBe(
      'Dessin : un phare au bord de la mer, le soleil et des mouettes (illustration 1 sur 3)',
    )
    expect(await cover.getAttribute('srcset')).toMatch(/ 640w, .* 1200w$/)
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(await page.locator('.project__gallery img').count()).toBe(2)
    // The give box: beside the cover, its button visible without scrolling; one bar, the minimum marked.
    const box = page.locator('.givebox')
    expect(await page.locator('.givebar').isVisible()).toBe(false)
    const giveBox = (await box.boundingBox())!
    const coverBox = (await cover.boundingBox())!
    expect(giveBox.x).toBeGreaterThan(coverBox.x + coverBox.width)
    const button = (await box.locator('a.button').boundingBox())!
    expect(button.y + button.height).toBeLessThanOrEqual(800)
    expect(await page.locator('progress').count()).toBe(1)
    expect(text(await box.locator('.gauge__legend').innerText())).toBe('Minimum 1 800 € : 80 % Optimum 3 200 €')
    expect(await box.locator('.gauge__mark').evaluate((mark: HTMLElement) => mark.style.left)).toBe('56.3%')
    expect(text(await box.locator('.givebox__facts').innerText())).toMatch(
      /^23 donateurs (\d+ jours restants|Plus que \d+ jours|Dernier jour)$/,
    )
    // The story, and what each euro pays for.
    expect(text(await page.locator('section[aria-labelledby="histoire"]').innerText())).toContain(
      'la pêche à pied sur l’estran',
    )
    expect(text(await page.locator('table.budget tbody tr').first().innerText())).toBe(
      'Transport en car, aller et retour 1 100 € 34 c',
    )
    // The donors' wall: 23 gifts, all shown (fewer than the wall holds).
    expect(await page.locator('.donor-wall li').count()).toBe(23)
    expect(await page.locator('.donor-wall__others').count()).toBe(0)
    expect(await widestInMain(page)).toBeLessThanOrEqual(1280)
    await screenshot(page, 'projet-1280')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('after the campaign: the outcome in words, the news newest first, and no give button', async () => {
    const page = await pageAt(1280)
    await page.goto(url('localhost', '/projets/fresque-participative'))
    expect(text(await page.locator('.project__outcome').innerText())).toMatch(
      /^Collecte réussie L’objectif minimum est atteint : les dons ont été versés à la structure/,
    )
    expect(await page.locator('.project__news h3').allInnerTexts()).toEqual(['Les premières couleurs sont posées'])
    expect(await page.locator('a', { hasText: 'Faire un don' }).count()).toBe(0)
    await page.goto(url('localhost', '/projets/decouverte-de-la-corse'))
    expect(text(await page.locator('.project__outcome').innerText())).toContain(
      'Collecte échouée L’objectif minimum n’a pas été atteint : chaque don est remboursé en totalité ou versé au fonds solidaire',
    )
    expect(await accessibilityViolations(page)).toEqual([])
  })
})

describe('the home page', () => {
  it.each([320, 1280])(
    'at %i px: calls to action, campaigns to support now, live figures, sponsors by name',
    async (width) => {
      const page = await pageAt(width)
      await page.goto(url('localhost', '/'), { waitUntil: 'networkidle' })
      expect(await page.getByRole('link', { name: 'Soutenir un projet', exact: true }).count()).toBe(1)
      expect(await page.getByRole('link', { name: 'Proposer le projet de ma classe', exact: true }).count()).toBe(1)
      const groups = await page.locator('section[aria-labelledby="a-soutenir"] h3').allInnerTexts()
      expect(groups[0]).toBe('Bientôt terminées')
      expect(await page.locator('section[aria-labelledby="a-soutenir"] .project-card').count()).toBeGreaterThanOrEqual(
        6,
      )
      // Live figures: the nine demo campaigns collecting today.
      expect(text(await page.locator('.home-figures li').first().innerText())).toBe('9 projets en collecte aujourd’hui')
      expect(await page.locator('.sponsors-strip__name', { hasText: 'Énergies Vertes' }).count()).toBe(1)
      expect(await widestInMain(page)).toBeLessThanOrEqual(width)
      await screenshot(page, `accueil-${width}`)
      expect(await accessibilityViolations(page)).toEqual([])
    },
  )
})

describe('the giving form', () => {
  it.each([320, 1280])(
    'at %i px: suggested amounts with their cost after tax reduction; company fields and address only when they apply',
    async (width) => {
      const page = await pageAt(width)
      await page.goto(url('localhost', `${PROJECT}/don`), { waitUntil: 'networkidle' })
      expect(text(await page.locator('label[for="montant-5000"]').innerText())).toBe('50 € ne vous coûtent que 17 €')
      expect(await page.locator('#champ-address').isVisible()).toBe(false)
      expect(await page.locator('#champ-siren').isVisible()).toBe(false)
      expect(await widestInMain(page)).toBeLessThanOrEqual(width)
      await screenshot(page, `don-${width}`)
      expect(await accessibilityViolations(page)).toEqual([])

      await page.getByLabel('Entreprise', { exact: true }).check()
      expect(await page.locator('#champ-siren').isVisible()).toBe(true)
      expect(text(await page.locator('label[for="montant-5000"]').innerText())).toBe(
        '50 € ne coûtent que 20 € à l’entreprise',
      )
      expect(text(await page.locator('.tax-rule').innerText())).toMatch(/^Entreprise : 60 % du don/)
      await page.getByLabel('Particulier', { exact: true }).check()
      await page.getByLabel('Je souhaite un reçu fiscal').check()
      expect(await page.locator('#champ-address').isVisible()).toBe(true)
      expect(text(await page.locator('.address-fields legend').innerText())).toBe(
        'Votre adresse postale, pour le reçu fiscal',
      )
    },
  )

  it('a refused gift moves the focus to the error summary, and keeps the choices made', async () => {
    const page = await pageAt(375)
    await page.goto(url('localhost', `${PROJECT}/don`), { waitUntil: 'networkidle' })
    await page.getByLabel('Je souhaite un reçu fiscal').check()
    await page.locator('#montant-10000').check()
    await fillFields(page, { firstName: 'Inès', lastName: 'Moreau', email: 'ines.moreau@example.org' })
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
      timeout: 10_000,
    })
    expect(text(await page.locator('.error-summary h2').innerText())).toBe('3 points sont à corriger')
    const summary = (await page.locator('.error-summary').boundingBox())!
    expect(summary.y).toBeGreaterThanOrEqual(0)
    expect(summary.y).toBeLessThan(568)
    // The receipt is still asked for (so the address shows), the amount chosen is kept.
    expect(await page.getByLabel('Je souhaite un reçu fiscal').isChecked()).toBe(true)
    expect(await page.locator('#montant-10000').isChecked()).toBe(true)
    expect(await page.locator('#champ-address').isVisible()).toBe(true)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('works without JavaScript: a suggested amount, no receipt, no address asked', async () => {
    const page = await pageAt(1280, { javaScript: false })
    await page.goto(url('localhost', `${PROJECT}/don`))
    expect(await page.locator('#champ-address').isVisible()).toBe(false)
    await page.locator('#montant-2000').check()
    await fillFields(page, { firstName: 'Paul', lastName: 'Sans-Script', email: `paul.${Date.now()}@example.org` })
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.waitForURL(/\/paiement-test\/\d+/)
    expect(text(await page.locator('main').innerText())).toContain('20 €')
  })
})

describe('the parents’ questionnaire', () => {
  it('a refused answer moves the focus to the error summary', async () => {
    const page = await pageAt(375)
    await page.goto(url('tne.localhost', '/questionnaire/demo-atelier-realise-laon'), { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click()
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
      timeout: 10_000,
    })
    const summary = (await page.locator('.error-summary').boundingBox())!
    expect(summary.y).toBeGreaterThanOrEqual(0)
    expect(summary.y).toBeLessThan(568)
  })
})
