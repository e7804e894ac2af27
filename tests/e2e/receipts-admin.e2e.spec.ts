import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { launch, signInToAdmin, url } from './browser'

/**
 * The receipt actions placed in the receipt's admin edit view (inside the admin's own form): each
 * button is clicked as a structure manager would, and the receipt's status read back through the
 * API with the same session.
 */
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launch()
  context = await browser.newContext({ locale: 'fr-FR' })
  page = await context.newPage()
  await signInToAdmin(page, 'gestionnaire.occe95@portail.example', DEMO_PASSWORD)
})
afterAll(async () => {
  await browser?.close()
})

type Receipt = { id: number; status: string; number?: string | null; replacedBy?: number | null }
const receipts = async (query: string): Promise<Receipt[]> => {
  const response = await context.request.get(url('localhost', `/api/fiscal-receipts?${query}&depth=0&limit=5`), {
    headers: { Origin: new URL(url('localhost')).origin },
  })
  return ((await response.json()) as { docs: Receipt[] }).docs
}
const receipt = async (id: number) => (await receipts(`where[id][equals]=${id}`))[0]

describe('a structure manager’s receipt actions in the admin', () => {
  it('issues the receipt flagged for its counterpart, with the reason of the check', async () => {
    const [flagged] = await receipts('where[status][equals]=flagged')
    // The demo holds a company's receipt set aside for its counterpart: the page under test shows that one.
    expect(flagged).toMatchObject({ status: 'flagged' })
    await page.goto(url('localhost', `/admin/collections/fiscal-receipts/${flagged.id}`), { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Émettre le reçu (contrepartie conforme)' }).click()
    // The reason is required: refused on the page, nothing changed.
    await page.getByRole('alert').first().waitFor({ timeout: 15_000 })
    expect((await receipt(flagged.id)).status).toBe('flagged')

    await page
      .getByLabel('Ce que vous avez vérifié (obligatoire)')
      .fill('Contrepartie vérifiée : un livret remis à la classe, sans valeur marchande.')
    await page.getByRole('button', { name: 'Émettre le reçu (contrepartie conforme)' }).click()
    await expect.poll(async () => (await receipt(flagged.id)).status, { timeout: 15_000 }).toBe('live')
    expect((await receipt(flagged.id)).number).toMatch(/^OCCE95-\d{4}-\d{6}$/)
  })

  it('cancels a live receipt and issues its replacement with a corrected address', async () => {
    const [live] = await receipts('where[status][equals]=live&sort=-id')
    await page.goto(url('localhost', `/admin/collections/fiscal-receipts/${live.id}`), { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Annuler et remplacer…' }).click()
    await page.getByLabel('Motif (obligatoire)').fill('Adresse du donateur corrigée à sa demande.')
    await page.getByLabel('Adresse corrigée (laisser vide pour garder)').fill('12 rue des Écoles')
    await page.getByRole('button', { name: 'Annuler ce reçu et émettre son remplaçant' }).click()
    await page.waitForURL(
      (u) => /\/admin\/collections\/fiscal-receipts\/\d+$/.test(u.pathname) && !u.pathname.endsWith(`/${live.id}`),
      { timeout: 30_000 },
    )
    expect((await receipt(live.id)).status).toBe('cancelled')
  })

  it('downloads the yearly declaration of the year typed above the list', async () => {
    await page.goto(url('localhost', '/admin/collections/fiscal-receipts'), { waitUntil: 'networkidle' })
    const year = String(new Date().getFullYear())
    await page.getByLabel('Année d’émission').fill(year)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Déclaration annuelle (CSV)' }).click(),
    ])
    expect(download.url()).toContain(`/api/fiscal-receipts/declaration?year=${year}&format=csv`)
    const csv = await (
      await context.request.get(download.url(), { headers: { Origin: new URL(url('localhost')).origin } })
    ).text()
    expect(csv).toContain('OCCE')
  })
})
