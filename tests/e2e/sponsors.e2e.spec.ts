import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { accessibilityViolations, fillFields, url, useBrowserPage } from './browser'

const { page: currentPage } = useBrowserPage()
const PROJECT = '/projets/le-potager-de-la-maternelle'

/** The euros a sponsor has matched on the project page's list ("Énergies Vertes — 25 €"), 0 when not listed. */
async function matchedBy(page: Page, sponsor: string): Promise<number> {
  const list = page.locator('#abondements + ul')
  if (!(await list.count())) return 0
  const line = (await list.innerText())
    .replace(/\s/g, ' ')
    .split('\n')
    .find((text) => text.includes(sponsor))
  const euros = line?.match(/— ([\d ,]+) €/)?.[1]
  return euros ? Number(euros.replace(/ /g, '').replace(',', '.')) : 0
}

describe('a sponsor’s programme on a project', () => {
  it('shows how each gift is matched, and the total grows by the gift and its match', async () => {
    const page = currentPage()
    await page.goto(url('localhost', PROJECT))
    const offer = page.locator('.programme-offers li').first()
    expect((await offer.innerText()).replace(/\s/g, ' ')).toBe(
      'Chaque don est doublé par Énergies Vertes, jusqu’à 500 € pour ce projet (100 € au plus par don).',
    )
    expect(await accessibilityViolations(page)).toEqual([])
    const bar = page.locator('#projet-opt')
    const before = Number(await bar.getAttribute('value'))
    // Other tests give to this project too: the sponsor's total grows by this gift's match.
    const matchedBefore = await matchedBy(page, 'Énergies Vertes')

    await page.goto(url('localhost', `${PROJECT}/don`))
    await fillFields(page, { amount: '25', firstName: 'Hugo', lastName: 'Petit', email: 'hugo.petit@example.org' })
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.getByRole('button', { name: 'Simuler un paiement réussi' }).click()
    await page.waitForURL(/\/don\/merci/)

    await page.goto(url('localhost', PROJECT))
    expect(Number(await page.locator('#projet-opt').getAttribute('value'))).toBe(before + 2 * 2_500)
    expect(await matchedBy(page, 'Énergies Vertes')).toBe(matchedBefore + 25)

    // The sponsors on the home page, by name and logo, lead to their pages.
    await page.goto(url('localhost', '/'))
    const sponsor = page.locator('#mecenes ~ ul a', { hasText: 'Énergies Vertes' })
    expect(await sponsor.count()).toBe(1)
    expect(await sponsor.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    )
    await sponsor.click()
    await page.waitForURL('**/mecenes/energies-vertes')
    expect(await page.getByRole('link', { name: 'Le potager de la maternelle' }).count()).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
