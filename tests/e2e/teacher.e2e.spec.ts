import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { accessibilityViolations, fillFields, url, useBrowserPage } from './browser'

const { page: currentPage } = useBrowserPage()
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
const continueButton = () => currentPage().getByRole('button', { name: 'Enregistrer et continuer' })

describe('teacher accounts', () => {
  it('sign-up refuses a personal address on its field; the form is accessible', async () => {
    const page = currentPage()
    await page.goto(url('localhost', '/inscription'))
    expect(await accessibilityViolations(page)).toEqual([])
    await fillFields(page, {
      firstName: 'Inès',
      lastName: 'Martin',
      email: 'ines.martin@gmail.com',
      password: 'une phrase de passe solide',
      passwordConfirm: 'une phrase de passe solide',
    })
    await page.getByRole('button', { name: 'Créer mon compte' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('#champ-email-erreur').innerText()).toContain('adresse e-mail académique')
    expect(await page.getByLabel('Adresse e-mail académique').getAttribute('aria-invalid')).toBe('true')
    expect(await accessibilityViolations(page)).toEqual([])
  })
})

describe('a teacher submits a project through the form', () => {
  it('signs in, fills every step (a refused amount and a refused file on the way), submits, and finds it in "Mon espace"', async () => {
    const page = currentPage()
    await page.goto(url('localhost', '/proposer-un-projet'))
    await page.waitForURL(/\/connexion/)
    await page.getByLabel('Adresse e-mail').fill('enseignante@portail.example')
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((u) => u.pathname === '/proposer-un-projet')

    // 1. Establishment (searched by commune) and receiving structure.
    await page.getByLabel('Rechercher l’établissement (code UAI, nom ou commune)').fill('Argenteuil')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await page.getByLabel(/Jean-Jaurès/).check()
    await page.getByLabel('Structure bénéficiaire (qui recevra les fonds)').selectOption({ label: 'OCCE 95' })
    await page.getByLabel('E-mail de la direction de l’école').fill('ce.0951234a@ac-versailles.fr')
    expect(await accessibilityViolations(page)).toEqual([])
    await continueButton().click()

    // 2. The project.
    await page.waitForURL(/etape=projet/)
    const title = `Notre potager ${Date.now()}`
    await page.getByLabel('Titre').fill(title)
    await page.getByLabel('Niveau').selectOption('ecole')
    await page.getByLabel('Type de projet').selectOption('equipment')
    await page.getByLabel('Élèves concernés').fill('26')
    await page.getByLabel('Développement durable').check()
    await page
      .getByLabel('Résumé')
      .fill('Des bacs, des graines et des outils pour que chaque classe cultive son carré.')
    await continueButton().click()

    // 3. Budget: an optimum below the minimum is refused on its field, then corrected.
    await page.waitForURL(/etape=budget/)
    await page.getByLabel('Libellé 1').first().fill('Bacs en bois')
    await page.getByLabel('Montant 1 (€)').first().fill('600')
    await page.getByLabel('Objectif minimum (€)').fill('900')
    await page.getByLabel('Objectif optimum (€)').fill('700')
    await continueButton().click()
    await page.locator('#champ-optimumGoalCents-erreur').waitFor()
    expect(await page.locator('#champ-optimumGoalCents-erreur').innerText()).toContain('supérieur ou égal')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByLabel('Objectif optimum (€)').fill('1 400')
    await continueButton().click()

    // 4. Dates.
    await page.waitForURL(/etape=dates/)
    await page.getByLabel('Début de la collecte').fill(day(10))
    await page.getByLabel('Fin de la collecte').fill(day(45))
    await continueButton().click()

    // 5. Photos: a page disguised as a PNG is refused; a real picture is kept with its alt text.
    await page.waitForURL(/etape=photos/)
    await page.locator('#champ-coverFile').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html><body>pas une image</body></html>'),
    })
    await page.locator('#champ-coverAlt').fill('Le potager')
    await page.getByRole('button', { name: 'Enregistrer la photo principale' }).click()
    await page.locator('#champ-coverFile-erreur').waitFor()
    expect(await page.locator('#champ-coverFile-erreur').innerText()).toBe(
      'Seules les images JPEG, PNG ou WebP sont acceptées.',
    )
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2e7d32' } })
      .png()
      .toBuffer()
    await page.locator('#champ-coverFile').setInputFiles({ name: 'potager.png', mimeType: 'image/png', buffer: png })
    await page.locator('#champ-coverAlt').fill('Les bacs du potager dans la cour')
    await page.getByRole('button', { name: 'Enregistrer la photo principale' }).click()
    await page.getByRole('img', { name: 'Les bacs du potager dans la cour' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])

    // 6. Review and submission.
    await page.getByRole('link', { name: 'Continuer vers la relecture' }).click()
    await page.waitForURL(/etape=relecture/)
    expect(await page.locator('.error-summary').count()).toBe(0)
    await page.getByRole('button', { name: 'Envoyer le projet au GIP' }).click()
    await page.waitForURL(/\/mon-espace/)
    const item = page.locator('.status-list > li', { has: page.getByRole('heading', { name: title }) })
    expect(await item.innerText()).toContain('Statut : Soumis.')
    expect(await accessibilityViolations(page)).toEqual([])

    // Read-only once submitted; withdrawing asks for confirmation.
    await item.getByRole('link', { name: /Retirer/ }).click()
    await page.getByRole('button', { name: 'Oui, retirer le projet' }).click()
    await page.waitForURL(/retire=/)
    expect(
      await page.locator('.status-list > li', { has: page.getByRole('heading', { name: title }) }).innerText(),
    ).toContain('Statut : Retiré.')
  })
})
