import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { accessibilityViolations, fillFields, url, useBrowserPage, waitForMail } from './browser'

const { page: currentPage } = useBrowserPage()
const PROJECT = '/projets/robots-et-codage-au-college'
// The give box's one bar (its end the optimum, the minimum marked on it).
const progressBar = () => currentPage().locator('#projet-opt')

describe('giving through the test payment provider', () => {
  it('a donor gives 25 € (after a refused amount), pays in test mode, and the progress bar moves', async () => {
    const page = currentPage()
    await page.goto(url('localhost', PROJECT))
    const before = Number(await progressBar().getAttribute('value'))

    await page.goto(url('localhost', `${PROJECT}/don`))
    expect(await page.getByText('Mode test').count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
    await fillFields(page, { amount: '5', firstName: 'Léa', lastName: 'Durand', email: 'lea.durand@example.org' })
    await page.getByLabel('donner mon don au fonds solidaire, qui aide d’autres projets d’écoles').check()
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.locator('#champ-amount-erreur').waitFor()
    expect((await page.locator('#champ-amount-erreur').innerText()).replace(/\s/g, ' ')).toBe(
      'Le don minimum est de 10 €.',
    )
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
    expect(Number(await progressBar().getAttribute('value'))).toBe(before + 2_500)
    expect(await page.getByText('Léa D.').count()).toBeGreaterThan(0)

    // The confirmation e-mail goes out through the jobs queue and SMTP.
    const mail = await waitForMail((m) => m.to.includes('lea.durand@example.org'))
    expect(mail.subject).toBe('Merci pour votre don au projet « Robots et codage au collège »')
    expect(mail.text.replace(/\s/g, ' ')).toContain(
      'Votre don de 25 € au projet « Robots et codage au collège » est confirmé',
    )
  })

  it('says the maximum on the amount for an absurd amount, and answers "page introuvable" for a forged project id', async () => {
    const page = currentPage()
    await page.goto(url('localhost', `${PROJECT}/don`))
    await fillFields(page, {
      amount: '99999999999999999999',
      firstName: 'Léa',
      lastName: 'Durand',
      email: 'lea.durand@example.org',
    })
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.locator('#champ-amount-erreur').waitFor()
    expect((await page.locator('#champ-amount-erreur').innerText()).replace(/\s/g, ' ')).toBe(
      'Le don maximum en ligne est de 100 000 € : pour un don plus important, écrivez-nous.',
    )

    await page.locator('#champ-amount').fill('25')
    await page.locator('input[name="projet"]').evaluate((input: HTMLInputElement) => (input.value = 'abc'))
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor()
  })

  it('refuses the thanks page of a gift to someone without its signed link', async () => {
    const response = await currentPage().goto(url('localhost', `${PROJECT}/don/merci?don=1&jeton=forged`))
    expect(response?.status()).toBe(404)
  })
})

describe('a donor’s space', () => {
  it('a signed-in donor (an account of no site) loads the home page and its sponsors’ logos with no 403 in the network log', async () => {
    const page = currentPage()
    await page.goto(url('localhost', '/connexion'))
    await fillFields(page, { email: 'donateur@portail.example', password: DEMO_PASSWORD })
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/mon-espace/)
    const refused: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(url('localhost', '/'), { waitUntil: 'networkidle' })
    const logos = page.locator('img[src*="/api/media/file/"]')
    expect(await logos.count()).toBeGreaterThan(0)
    // Every logo loaded (a refused image has no natural width).
    expect(
      await logos.evaluateAll(
        (images) => images.filter((image) => (image as HTMLImageElement).naturalWidth === 0).length,
      ),
    ).toBe(0)
    expect(refused).toEqual([])
  })

  it('a signed-in donor finds the gift in "Mon espace" and changes what happens if the campaign fails', async () => {
    const page = currentPage()
    await page.goto(url('localhost', '/connexion'))
    await fillFields(page, { email: 'donateur@portail.example', password: DEMO_PASSWORD })
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/mon-espace/)

    await page.goto(url('localhost', `${PROJECT}/don`))
    await fillFields(page, {
      amount: '15',
      firstName: 'Damien',
      lastName: 'Donateur',
      email: 'donateur@portail.example',
    })
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
    expect(
      await page.locator('#mes-dons + .status-list > li').first().getByLabel('Si la collecte échoue').inputValue(),
    ).toBe('solidarity')
  })
})
