import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { launch, signInToAdmin, url } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('moderation in the admin', () => {
  it('a moderator takes a submitted project into review, then requests changes with a comment', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await signInToAdmin(page, 'moderateur@portail.example', DEMO_PASSWORD)
    // The dashboard opens on the moderation queue.
    await page.getByRole('heading', { name: 'File de modération' }).waitFor()
    expect(await page.getByRole('link', { name: 'Des livres pour la BCD' }).count()).toBe(1)

    // The moderator's own session (cookies of the browser context) finds the demo project.
    // (Payload only honours a session cookie from an allowed Origin: CSRF protection.)
    const api = await context.request.get(
      url('localhost', '/api/projects?where[title][equals]=Des%20livres%20pour%20la%20BCD&depth=0'),
      {
        headers: { Origin: new URL(url('localhost')).origin },
      },
    )
    const { docs } = (await api.json()) as { docs: { id: number; status: string }[] }
    expect(docs[0].status).toBe('submitted')

    await page.goto(url('localhost', `/admin/collections/projects/${docs[0].id}`), { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Prendre en relecture' }).click()
    await page.getByText('Statut : En cours de relecture').waitFor({ timeout: 15_000 })

    await page.getByRole('button', { name: 'Demander des modifications' }).click()
    await page.locator('#workflow-error').waitFor()
    expect(await page.locator('#workflow-error').innerText()).toBe(
      'Un commentaire expliquant la décision est obligatoire.',
    )
    await page.fill('#workflow-comment', 'Ajoutez le devis du libraire.')
    await page.getByRole('button', { name: 'Demander des modifications' }).click()
    await page.getByText('Statut : Modifications demandées').waitFor({ timeout: 15_000 })

    // The list exports what it shows.
    await page.goto(url('localhost', '/admin/collections/projects?where[status][equals]=collecting'), {
      waitUntil: 'networkidle',
    })
    const exportHref = await page.getByRole('link', { name: 'Exporter la liste (CSV)' }).getAttribute('href')
    expect(exportHref).toBe('/api/projects/export?format=csv&where%5Bstatus%5D%5Bequals%5D=collecting')
    const csv = await context.request.get(url('localhost', exportHref!), {
      headers: { Origin: new URL(url('localhost')).origin },
    })
    expect(csv.status()).toBe(200)
    expect((await csv.text()).trim().split('\n')).toHaveLength(1 + 9)
    await context.close()
  }, 180_000)
})
