import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { signInToAdmin, url, useBrowserPage, waitForMail } from './browser'

/**
 * Every domain action placed in an admin edit view, clicked by the role that uses it, its effect
 * read back through the API with the same session (Payload honours the session cookie only from an
 * allowed Origin). Each panel's buttons are plain buttons calling the API: none is a form nested
 * inside the admin's own edit form, which would do nothing ("A React form was unexpectedly submitted").
 */
const { page: currentPage } = useBrowserPage()
const ORIGIN = () => new URL(url('localhost')).origin

async function api<T>(context: BrowserContext, path: string): Promise<T> {
  const response = await context.request.get(url('localhost', path), { headers: { Origin: ORIGIN() } })
  expect(response.status()).toBe(200)
  return (await response.json()) as T
}
const docs = async <T>(context: BrowserContext, path: string) => (await api<{ docs: T[] }>(context, path)).docs

/** Records the browser's console errors and React's nested-form warnings of the page. */
function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /form|unexpectedly submitted/i.test(message.text())) errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

async function openInAdmin(page: Page, collection: string, id: number) {
  await page.goto(url('localhost', `/admin/collections/${collection}/${id}`), { waitUntil: 'networkidle' })
}

describe('domain actions in the admin, per role', () => {
  it('moderator: the queue on the dashboard; the school head’s details; an approval shows its new state at once and e-mails the school', async () => {
    const page = currentPage()
    const errors = watchConsole(page)
    await signInToAdmin(page, 'moderateur@portail.example', DEMO_PASSWORD)
    const queue = page.locator('[data-dashboard="moderation-queue"]')
    await queue.getByRole('heading', { name: 'File de modération' }).waitFor()
    const inReview = queue.getByRole('link', { name: /projets? en relecture$/ })
    expect(Number(await inReview.locator('strong').innerText())).toBeGreaterThanOrEqual(1)
    await inReview.click()
    await page.waitForURL(/\/admin\/collections\/projects\?.*where/)

    const [project] = await docs<{ id: number; status: string }>(
      page.context(),
      '/api/projects?where[title][equals]=Webradio%20du%20coll%C3%A8ge&depth=0',
    )
    expect(project.status).toBe('in_review')
    await openInAdmin(page, 'projects', project.id)
    // The school head's details the teacher entered, shown to the moderator (the admin draws a group's
    // fields once the group scrolls into view, as a person reading the form does).
    await page.locator('#field-schoolHead').scrollIntoViewIfNeeded()
    expect(await page.locator('#field-schoolHead__name').inputValue()).toBe('La direction')
    const schoolHead = await page.locator('#field-schoolHead__email').inputValue()
    expect(schoolHead).toMatch(/^direction\..+@example\.org$/)

    const approve = page.getByRole('button', { name: 'Approuver (envoi du lien à l’école)' })
    await approve.click()
    // The new state shows at once (no reload of several seconds inviting a second click).
    await page.getByText('Statut : En attente de la direction de l’école').waitFor({ timeout: 3_000 })
    expect(await approve.count()).toBe(0)
    expect(
      (await docs<{ status: string }>(page.context(), `/api/projects?where[id][equals]=${project.id}&depth=0`))[0]
        .status,
    ).toBe('awaiting_school_validation')
    const mail = await waitForMail((m) => m.to.includes(schoolHead))
    expect(mail.text).toContain('Webradio du collège')
    expect(errors).toEqual([])
  }, 180_000)

  it('coordinator: conventions and workshops to do on the dashboard; a convention’s transitions, refused in French or done', async () => {
    const page = currentPage()
    const errors = watchConsole(page)
    await signInToAdmin(page, 'coordinatrice.aisne@portail.example', DEMO_PASSWORD)
    const tasks = page.locator('[data-dashboard="coordinator-tasks"]')
    await tasks.getByRole('heading', { name: 'Mes conventions et ateliers à traiter' }).waitFor()
    expect(
      Number(
        await tasks
          .getByRole('link', { name: /en attente de signature/ })
          .locator('strong')
          .innerText(),
      ),
    ).toBeGreaterThanOrEqual(1)
    // Her own fund call waits for someone else: not on her list.
    expect(await tasks.getByRole('link', { name: /appel\(s\) de fonds/ }).count()).toBe(0)

    const context = page.context()
    const [sent] = await docs<{ id: number }>(context, '/api/conventions?where[status][equals]=sent&depth=0&limit=1')
    await openInAdmin(page, 'conventions', sent.id)
    await page.getByRole('button', { name: 'Marquer signée' }).click()
    await page.locator('#conventions-workflow-error').waitFor()
    expect(await page.locator('#conventions-workflow-error').innerText()).toContain(
      'Déposez la convention signée (PDF)',
    )

    const [draft] = await docs<{ id: number }>(context, '/api/conventions?where[status][equals]=draft&depth=0&limit=1')
    await openInAdmin(page, 'conventions', draft.id)
    await page.getByRole('button', { name: 'Résilier' }).click()
    await page.getByText('Statut : Résiliée').waitFor({ timeout: 3_000 })
    expect(
      (await docs<{ status: string }>(context, `/api/conventions?where[id][equals]=${draft.id}&depth=0`))[0].status,
    ).toBe('terminated')
    expect(errors).toEqual([])
  }, 180_000)

  it('admin: approves then pays a fund call (a second person), and records a bank transfer received', async () => {
    const page = currentPage()
    const errors = watchConsole(page)
    page.on('dialog', (dialog) => void dialog.accept())
    await signInToAdmin(page, 'admin@portail.example', DEMO_PASSWORD)
    const context = page.context()

    const [call] = await docs<{ id: number }>(
      context,
      '/api/fund-calls?where[status][equals]=requested&depth=0&limit=1',
    )
    await openInAdmin(page, 'fund-calls', call.id)
    await page.getByRole('button', { name: 'Approuver' }).click()
    await page.getByText('Statut : Approuvé').waitFor({ timeout: 3_000 })
    await page.getByRole('button', { name: 'Marquer payé' }).click()
    await page.getByText('Statut : Payé').waitFor({ timeout: 3_000 })
    expect(
      (await docs<{ status: string }>(context, `/api/fund-calls?where[id][equals]=${call.id}&depth=0`))[0].status,
    ).toBe('paid')

    const [transfer] = await docs<{ id: number; status: string }>(
      context,
      '/api/donations?where[provider][equals]=transfer&where[status][equals]=pending&depth=0&limit=1',
    )
    await openInAdmin(page, 'donations', transfer.id)
    await page.getByRole('button', { name: 'Virement reçu' }).click()
    await expect
      .poll(
        async () =>
          (await docs<{ status: string }>(context, `/api/donations?where[id][equals]=${transfer.id}&depth=0`))[0]
            .status,
        { timeout: 15_000 },
      )
      .toBe('paid')
    await page.getByRole('button', { name: 'Virement reçu' }).waitFor({ state: 'detached', timeout: 15_000 })
    expect(errors).toEqual([])
  }, 180_000)

  it('structure manager: the receipts to handle on the dashboard; the export toolbar in the list, on the last complete year; the list oldest first', async () => {
    const page = currentPage()
    await signInToAdmin(page, 'gestionnaire.occe95@portail.example', DEMO_PASSWORD)
    const block = page.locator('[data-dashboard="receipts-to-issue"]')
    await block.getByRole('heading', { name: 'Mes reçus fiscaux' }).waitFor()
    const year = new Date().getFullYear()
    const issued = block.getByRole('link', { name: new RegExp(`reçu\\(s\\) émis en ${year}$`) })
    expect(Number(await issued.locator('strong').innerText())).toBeGreaterThanOrEqual(1)
    await issued.click()
    await page.waitForURL(/\/admin\/collections\/fiscal-receipts\?/)
    await page.locator('table tbody tr').first().waitFor()

    await page.goto(url('localhost', '/admin/collections/fiscal-receipts?limit=100'), { waitUntil: 'networkidle' })
    // The toolbar sits in the list's own layout (under its heading), on the last complete year.
    const toolbar = page.locator('#receipts-year')
    expect(await toolbar.inputValue()).toBe(String(year - 1))
    expect(await page.locator('.gutter--left #receipts-year').count()).toBe(1)
    const shown = await page.locator('table tbody tr td.cell-number').allInnerTexts()
    const oldestFirst = (
      await docs<{ number: string | null }>(
        page.context(),
        '/api/fiscal-receipts?sort=issuedAt,number&depth=0&limit=100',
      )
    ).map((r) => r.number)
    // A receipt set aside (flagged) has no number yet: the list says so.
    expect(shown.map((n) => n.trim())).toEqual(oldestFirst.map((n) => n ?? '<Pas de Numéro d’ordre>'))
  }, 180_000)

  it('sponsor: sees their own programmes only, and downloads a programme’s statement from its page', async () => {
    const page = currentPage()
    await signInToAdmin(page, 'mecene@portail.example', DEMO_PASSWORD)
    const context = page.context()
    const [sponsor] = await docs<{ id: number }>(
      context,
      '/api/sponsors?where[name][equals]=%C3%89nergies%20Vertes&depth=0',
    )
    const programmes = await docs<{ id: number; name: string; sponsor: number | null }>(
      context,
      '/api/programmes?depth=0&limit=50',
    )
    expect(programmes.length).toBeGreaterThan(0)
    expect(programmes.every((p) => p.sponsor === sponsor.id)).toBe(true)
    await page.goto(url('localhost', '/admin/collections/programmes'), { waitUntil: 'networkidle' })
    await page.locator('table tbody tr').first().waitFor()
    expect(await page.locator('table tbody tr').count()).toBe(programmes.length)

    await openInAdmin(page, 'programmes', programmes[0].id)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger le relevé (CSV)' }).click(),
    ])
    expect(download.url()).toContain(`/api/programmes/${programmes[0].id}/statement?format=csv`)
    const statement = await context.request.get(download.url(), { headers: { Origin: ORIGIN() } })
    expect(statement.status()).toBe(200)
    expect((await statement.text()).split('\n')[0]).toContain('Projet;Statut du projet;Don abondé')
  }, 180_000)
})
