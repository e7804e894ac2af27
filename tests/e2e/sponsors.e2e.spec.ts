import { describe, expect, it } from 'vitest'

import { accessibilityViolations, fillFields, url, useBrowserPage } from './browser'

const { page: currentPage } = useBrowserPage()
const PROJECT = '/projets/le-potager-de-la-maternelle'

describe('a sponsor’s programme on a project', () => {
  it('shows how each gift is matched, and the total grows by the gift and its match', async () => {
    const page = currentPage()
    await page.goto(url('localhost', PROJECT))
    const offer = page.locator('.programme-offers li').first()
    expect((await offer.innerText()).replace(/\s/g, ' ')).toBe('Chaque don est doublé par Énergies Vertes, jusqu’à 500 € pour ce projet (100 € au plus par don).')
    expect(await accessibilityViolations(page)).toEqual([])
    const bar = page.locator('#projet-opt')
    const before = Number(await bar.getAttribute('value'))

    await page.goto(url('localhost', `${PROJECT}/don`))
    await fillFields(page, { amount: '25', firstName: 'Hugo', lastName: 'Petit', email: 'hugo.petit@example.org', address: '2 rue du Moulin', postcode: '59000', city: 'Lille' })
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.getByRole('button', { name: 'Simuler un paiement réussi' }).click()
    await page.waitForURL(/\/don\/merci/)

    await page.goto(url('localhost', PROJECT))
    expect(Number(await page.locator('#projet-opt').getAttribute('value'))).toBe(before + 2 * 2_500)
    expect((await page.locator('#abondements + ul').innerText()).replace(/\s/g, ' ')).toContain('Énergies Vertes — 25 €')

    // The sponsors' logos on the home page lead to their pages.
    await page.goto(url('localhost', '/'))
    const logo = page.locator('#mecenes ~ ul img[alt="Énergies Vertes"]')
    expect(await logo.count()).toBe(1)
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await logo.click()
    await page.waitForURL('**/mecenes/energies-vertes')
    expect(await page.getByRole('link', { name: 'Le potager de la maternelle' }).count()).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
