import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { accessibilityViolations, signInToAdmin, url, useBrowserPage } from './browser'

const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

const TNE = 'tne.localhost'

describe('coordinators in the admin', () => {
  it('the coordinator of Aisne sees only Aisne’s conventions', async () => {
    await signInToAdmin(page, 'coordinatrice.aisne@portail.example', DEMO_PASSWORD)
    await page.getByRole('heading', { name: 'Indicateurs Parentalité et Numérique' }).waitFor()
    await page.goto(url('localhost', '/admin/collections/conventions?limit=100'), { waitUntil: 'networkidle' })
    await page.locator('table tbody tr').first().waitFor()
    const references = await page.locator('table tbody tr td.cell-reference').allInnerTexts()
    // Aisne: 12 conventions of 2023 and 3 of this year, none of another territory.
    expect(references.length).toBe(15)
    expect(references.every((r) => r.startsWith('TNE-02-'))).toBe(true)
    // A workshop of theirs shows the address of its parents' questionnaire, to share.
    await page.goto(url('localhost', '/admin/collections/workshops?where[slug][equals]=demo-atelier-realise-laon'), {
      waitUntil: 'networkidle',
    })
    await page.locator('table tbody tr td.cell-title a').first().click()
    await page.getByRole('link', { name: /\/questionnaire\/demo-atelier-realise-laon$/ }).waitFor()
    expect(await page.getByRole('link', { name: 'Résultats (CSV)' }).getAttribute('href')).toMatch(
      /^\/api\/form-submissions\/results\?workshop=\d+&format=csv$/,
    )
  }, 120_000)
})

describe('the agenda of the TNE site', () => {
  it('a visitor filters the agenda by territory, then finds the map’s list equivalent', async () => {
    await page.goto(url(TNE, '/agenda'))
    expect(await page.locator('h1').innerText()).toBe('Agenda des ateliers')
    await page.selectOption('#territoire', 'herault')
    await page.selectOption('#public', 'parents_primary')
    await page.getByRole('button', { name: 'Afficher les ateliers' }).click()
    await page.waitForURL((u) => u.searchParams.get('territoire') === 'herault')
    expect(await page.locator('h2#ateliers').innerText()).toBe('2 ateliers à venir')
    const titles = await page.locator('.workshops h3').allInnerTexts()
    expect(titles.every((t) => /Montpellier|Béziers|Lunel/.test(t))).toBe(true)

    await page.getByRole('link', { name: 'Voir ces ateliers sur une carte' }).click()
    await page.waitForURL((u) => u.pathname === '/agenda/carte' && u.searchParams.get('territoire') === 'herault')
    expect(await page.locator('#liste-ateliers').innerText()).toBe('Liste des ateliers de la carte (2)')
    expect(await page.locator('.workshops h3').allInnerTexts()).toEqual(titles)
    // The map is drawn (tiles may not load here: the page works the same).
    await page.locator('.leaflet-container').waitFor()
    expect(await page.locator('.leaflet-interactive').count()).toBe(2)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('works without JavaScript: the filters, and the list under the map', async () => {
    const context = await session.browser().newContext({ locale: 'fr-FR', javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(url(TNE, '/agenda/carte'))
    await noScript.selectOption('#territoire', 'aisne')
    await noScript.getByRole('button', { name: 'Afficher les ateliers' }).click()
    await noScript.waitForURL((u) => u.searchParams.get('territoire') === 'aisne')
    expect(await noScript.locator('.workshop-map__fallback').innerText()).toContain(
      'La liste des ateliers ci-dessous présente les mêmes informations',
    )
    expect(await noScript.locator('#liste-ateliers').innerText()).toBe('Liste des ateliers de la carte (3)')
    await context.close()
  })

  it.each([
    '/agenda',
    '/agenda?theme=cyber_harassment',
    '/territoires',
    '/territoires/aisne',
    '/territoires/herault',
    '/questionnaire/demo-atelier-realise-laon',
  ])('axe finds no violation on http://tne.localhost%s', async (pathname) => {
    const response = await page.goto(url(TNE, pathname))
    expect(response?.status()).toBe(200)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('a territory’s page shows its key figures, partners and upcoming workshops', async () => {
    await page.goto(url(TNE, '/territoires/aisne'))
    expect(await page.locator('h1').innerText()).toBe('Aisne')
    expect(await page.locator('.key-figures').innerText()).toContain('conventions signées')
    // 2023 as the activity report tells it: 12 conventions, 25 initiatives, 80 workshops, 1,120 parents, 40 mediators.
    expect(await page.locator('table.figures tr', { hasText: '2023' }).innerText()).toMatch(
      /2023\s+12\s+25\s+80\s+1\s?120\s+40/,
    )
    expect(await page.locator('section[aria-labelledby="ateliers-a-venir"] .workshop').count()).toBe(3)
    expect(await page.locator('section[aria-labelledby="partenaires"] li').count()).toBeGreaterThan(0)
  })
})

describe('the parents’ questionnaire', () => {
  it('a parent answers anonymously; a missing answer is shown on its field', async () => {
    await page.goto(url(TNE, '/questionnaire/demo-atelier-realise-laon'), { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary h2').innerText()).toBe('3 points sont à corriger')
    await page.getByLabel('Très satisfait(e)').check()
    await page.locator('#champ-utilite').getByLabel('Oui').check()
    await page.locator('#champ-recommandation').getByLabel('Oui').check()
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click()
    await page.getByText('Merci ! Vos réponses sont enregistrées').waitFor()
    // The thanks alone: no blank form under it.
    expect(await page.getByRole('button', { name: 'Envoyer mes réponses' }).count()).toBe(0)
  })
})
