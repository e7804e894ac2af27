import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'

import { accessibilityViolations, url, useBrowserPage } from './browser'

const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

describe('the catalogue of projects (demo data)', () => {
  it('lists the collecting projects and filters them with the form, without JavaScript', async () => {
    const noScript = await session.browser().newContext({ locale: 'fr-FR', javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(url('localhost', '/projets'))
    expect(await plain.locator('#resultats').innerText()).toBe('9 projets en collecte')
    await plain.selectOption('#niveau', 'lycee')
    await plain.click('button[type="submit"]')
    await plain.waitForURL('**/projets?*niveau=lycee*')
    expect(await plain.locator('.card h3').allInnerTexts()).toEqual([
      'Atelier de réparation de vélos',
      'Échange avec un lycée de Séville',
    ])
    await noScript.close()
  })

  it('opens a project page with its progress towards the minimum', async () => {
    await page.goto(url('localhost', '/projets?q=mer'))
    await page.getByRole('link', { name: 'Classe de mer à Plouguerneau' }).click()
    await page.waitForURL('**/projets/classe-de-mer-a-plouguerneau')
    expect(await page.locator('h1').innerText()).toBe('Classe de mer à Plouguerneau')
    expect(await page.getByText('Minimum 1 800 € : 80 %').count()).toBe(1)
    expect(await page.getByRole('heading', { name: 'Le car est réservé !' }).count()).toBe(1)
  })

  it('does not show projects that are not public', async () => {
    const response = await page.goto(url('localhost', '/projets/des-livres-pour-la-bcd'))
    expect(response?.status()).toBe(404)
  })

  it.each(['/projets', '/projets?niveau=ecole&courteEchelle=1', '/projets/classe-de-mer-a-plouguerneau'])(
    'axe finds no violation on %s',
    async (pathname) => {
      await page.goto(url('localhost', pathname))
      expect(await accessibilityViolations(page)).toEqual([])
    },
  )
})
