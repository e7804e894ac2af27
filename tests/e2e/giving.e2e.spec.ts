import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { accessibilityViolations, url, useBrowserPage } from './browser'

const { page: currentPage } = useBrowserPage()
const PROJECT = '/projets/robots-et-codage-au-college'
const minimumBar = () => currentPage().locator('progress').first()

describe('giving through the test payment provider', () => {
  it('a donor gives 25 € (after a refused amount), pays in test mode, and the progress bar moves', async () => {
    const page = currentPage()
    await page.goto(url('localhost', PROJECT))
    const before = Number(await minimumBar().getAttribute('value'))

    await page.goto(url('localhost', `${PROJECT}/don`))
    expect(await page.getByText('Mode test').count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
    await page.locator('#champ-amount').fill('5')
    await page.locator('#champ-firstName').fill('Léa')
    await page.locator('#champ-lastName').fill('Durand')
    await page.locator('#champ-email').fill('lea.durand@example.org')
    await page.locator('#champ-address').fill('3 rue des Lilas')
    await page.locator('#champ-postcode').fill('95100')
    await page.locator('#champ-city').fill('Argenteuil')
    await page.getByLabel('donner mon don au fonds solidaire, qui aide d’autres projets d’écoles').check()
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.locator('#champ-amount-erreur').waitFor()
    expect((await page.locator('#champ-amount-erreur').innerText()).replace(/\s/g, ' ')).toBe('Le don minimum est de 10 €.')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.locator('#champ-amount').fill('25')
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.waitForURL(/\/paiement-test\/\d+/)
    expect(await page.getByText('Mode test').count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Simuler un paiement réussi' }).click()
    await page.waitForURL(/\/don\/merci/)
    await page.getByRole('heading', { name: 'Merci pour votre don !' }).waitFor()

    await page.goto(url('localhost', PROJECT))
    expect(Number(await minimumBar().getAttribute('value'))).toBe(before + 2_500)
    expect(await page.getByText('Léa D.').count()).toBeGreaterThan(0)
  })

  it('refuses the thanks page of a gift to someone without its signed link', async () => {
    const response = await currentPage().goto(url('localhost', `${PROJECT}/don/merci?don=1&jeton=forged`))
    expect(response?.status()).toBe(404)
  })
})

describe('a donor’s space', () => {
  it('a signed-in donor finds the gift in "Mon espace" and changes what happens if the campaign fails', async () => {
    const page = currentPage()
    await page.goto(url('localhost', '/connexion'))
    await page.locator('#champ-email').fill('donateur@portail.example')
    await page.locator('#champ-password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/mon-espace/)

    await page.goto(url('localhost', `${PROJECT}/don`))
    await page.locator('#champ-amount').fill('15')
    await page.locator('#champ-firstName').fill('Damien')
    await page.locator('#champ-lastName').fill('Donateur')
    await page.locator('#champ-email').fill('donateur@portail.example')
    await page.locator('#champ-address').fill('1 rue de la Paix')
    await page.locator('#champ-postcode').fill('75002')
    await page.locator('#champ-city').fill('Paris')
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.getByRole('button', { name: 'Simuler un paiement réussi' }).click()
    await page.waitForURL(/\/don\/merci/)

    await page.goto(url('localhost', '/mon-espace'))
    const gift = page.locator('#mes-dons + .status-list > li').first()
    expect((await gift.innerText()).replace(/\s/g, ' ')).toContain('15 € au projet Robots et codage au collège')
    expect(await accessibilityViolations(page)).toEqual([])
    await gift.getByLabel('Si la collecte échoue').selectOption('solidarity')
    await gift.getByRole('button', { name: /Enregistrer/ }).click()
    await page.getByText('Votre choix est enregistré.').waitFor()
    expect(await page.locator('#mes-dons + .status-list > li').first().getByLabel('Si la collecte échoue').inputValue()).toBe('solidarity')
  })
})
