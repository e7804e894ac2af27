import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { accessibilityViolations, fillFields, url, useBrowserPage, waitForMail } from './browser'

const { page: currentPage } = useBrowserPage()
const PROJECT = 'Jardin créole pédagogique'
const PROJECT_PATH = '/projets/jardin-creole-pedagogique'

async function signIn(email: string) {
  const page = currentPage()
  await page.goto(url('localhost', '/connexion'))
  await fillFields(page, { email, password: DEMO_PASSWORD })
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL(/\/mon-espace/)
}

describe('a teacher’s news from "Mon espace"', () => {
  it('a donor opts in to the news; the teacher previews, publishes with a picture, edits and deletes; the donor receives the news by e-mail', async () => {
    const page = currentPage()
    // A visitor gives, asking for the project's news.
    const donor = `abonne.${Date.now()}@exemple.org`
    await page.goto(url('localhost', `${PROJECT_PATH}/don`))
    // No receipt asked: the postal address is not asked either.
    await fillFields(page, { amount: '20', firstName: 'Noé', lastName: 'Lefort', email: donor })
    await page.getByLabel('Je souhaite recevoir par e-mail les actualités du projet').check()
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.getByRole('button', { name: 'Simuler un paiement réussi' }).click()
    await page.waitForURL(/\/don\/merci/)
    await page.context().clearCookies()

    // The teacher writes the news in their space.
    await signIn('enseignante@portail.example')
    const project = page.locator('li', { has: page.getByRole('heading', { name: PROJECT, exact: true }) })
    await project.getByRole('link', { name: `Publier une actualité du projet « ${PROJECT} »` }).click()
    await page.waitForURL(/publier=\d+/)
    const form = page.getByRole('form', { name: `Nouvelle actualité du projet « ${PROJECT} »` })
    // Nothing typed: refused on the fields.
    await form.getByRole('button', { name: 'Publier l’actualité' }).click()
    await form.locator('.error-summary').waitFor()
    expect(await form.locator('#champ-title-erreur').innerText()).toBe('Donnez un titre à votre actualité.')

    const title = `Premières plantations ${Date.now()}`
    await form.getByLabel('Titre').fill(title)
    await form
      .getByLabel('Texte')
      .fill('Les élèves ont planté les premiers pieds de giraumon.\nMerci à tous nos donateurs !')
    await form.getByLabel('les donateurs seulement').check()
    const picture = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2e7d32' } })
      .jpeg()
      .toBuffer()
    await form
      .locator('#champ-photo1')
      .setInputFiles({ name: 'plantations.jpg', mimeType: 'image/jpeg', buffer: picture })
    await form.getByLabel('Description de la photo 1').fill('Des élèves plantent dans un bac du jardin')
    await form.getByRole('button', { name: 'Prévisualiser' }).click()
    await form.getByRole('heading', { name: `Aperçu : ${title}` }).waitFor()
    expect(await form.getByRole('img', { name: 'Des élèves plantent dans un bac du jardin' }).count()).toBe(1)
    expect(await form.locator('.news-preview').innerText()).toContain('Réservée aux donateurs')
    expect(await accessibilityViolations(page)).toEqual([])

    await form.getByRole('button', { name: 'Publier l’actualité' }).click()
    await page.getByText('Votre actualité est publiée.').waitFor()
    const item = page.locator('li[id^="actualite-"]', { hasText: title })
    expect((await item.first().innerText()).replace(/\s/g, ' ')).toContain('réservée aux donateurs · 1 photo')

    // The opted-in donor receives it.
    const mail = await waitForMail((m) => m.to.includes(donor) && m.subject.startsWith('Des nouvelles du projet'))
    expect(mail.subject).toBe(`Des nouvelles du projet « ${PROJECT} » : ${title}`)
    expect(mail.text).toContain('Les élèves ont planté les premiers pieds de giraumon.')

    // The teacher corrects the title and removes the picture, then deletes the news.
    await item
      .first()
      .getByRole('link', { name: `Modifier l’actualité « ${title} »` })
      .click()
    const edit = page.getByRole('form', { name: `Modifier l’actualité « ${title} »` })
    await edit.getByLabel('Titre').fill(`${title} (suite)`)
    await edit.getByLabel('Retirer la photo « Des élèves plantent dans un bac du jardin »').check()
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click()
    await page.getByText('L’actualité est modifiée.').waitFor()
    const edited = page.locator('li[id^="actualite-"]', { hasText: `${title} (suite)` }).first()
    expect(await edited.innerText()).not.toContain('photo')
    await edited.getByRole('link', { name: `Supprimer l’actualité « ${title} (suite) »` }).click()
    await page.getByRole('button', { name: 'Oui, supprimer l’actualité' }).click()
    await page.getByText('L’actualité est supprimée.').waitFor()
    expect(await page.getByText(`${title} (suite)`).count()).toBe(0)
  }, 180_000)
})

describe('the giving form for a signed-in donor', () => {
  it('is pre-filled, keeps the receipt box after an error, does not ask about failure once the minimum is reached, and the thanks page invites no sign-up', async () => {
    const page = currentPage()
    await signIn('donateur@portail.example')
    // Le potager de la maternelle has passed its minimum.
    await page.goto(url('localhost', '/projets/le-potager-de-la-maternelle/don'))
    expect(await page.locator('#champ-firstName').inputValue()).toBe('Damien')
    expect(await page.locator('#champ-lastName').inputValue()).toBe('Donateur')
    expect(await page.locator('#champ-email').inputValue()).toBe('donateur@portail.example')
    expect(await page.getByText('Si la collecte n’atteint pas son objectif minimum').count()).toBe(0)

    // The postal address appears once a receipt is asked for.
    await page.getByLabel(/Je souhaite un reçu fiscal/).check()
    await fillFields(page, { amount: '5', address: '1 rue de la Paix', postcode: '75002', city: 'Paris' })
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.locator('#champ-amount-erreur').waitFor()
    expect(await page.getByLabel(/Je souhaite un reçu fiscal/).isChecked()).toBe(true)

    await page.locator('#champ-amount').fill('12')
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click()
    await page.getByRole('button', { name: 'Simuler un paiement réussi' }).click()
    await page.waitForURL(/\/don\/merci/)
    await page.getByRole('heading', { name: 'Merci pour votre don !' }).waitFor()
    expect(await page.getByRole('link', { name: 'créez un compte donateur' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Mon espace' }).count()).toBeGreaterThan(0)

    // A project below its minimum still asks.
    await page.goto(url('localhost', `${PROJECT_PATH}/don`))
    expect(await page.getByText('Si la collecte n’atteint pas son objectif minimum').count()).toBe(1)
  }, 120_000)
})

describe('the project form’s first step', () => {
  it('"Enregistrer et continuer" with nothing chosen creates no empty project', async () => {
    const page = currentPage()
    await signIn('enseignante@portail.example')
    const before = await page.locator('#projet-0, .status-list > li').count()
    await page.goto(url('localhost', '/proposer-un-projet'))
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').innerText()).toContain('Rien n’a été enregistré')
    expect(page.url()).not.toMatch(/projet=\d+/)
    await page.goto(url('localhost', '/mon-espace'))
    expect(await page.getByRole('heading', { name: 'Nouveau projet' }).count()).toBe(0)
    expect(await page.locator('#projet-0, .status-list > li').count()).toBe(before)
  }, 120_000)
})
