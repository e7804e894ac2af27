import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOT_A_NUMBER } from '@/domain/api/request-limits'
import { centsToInput } from '@/domain/money/euros'
import { DEMO_PASSWORD } from '@/seed/demo'

import { launch, signInToAdmin, url } from './browser'

/**
 * The admin as the GIP's staff see it every day (issue 20), in a browser that asks for English
 * (Chromium's default): every main screen, list and edit view, is read for Payload's English words
 * and for amounts shown in cents.
 */

/** Payload's English words of its general, fields and validation strings that French writes otherwise. */
function englishWords(): string[] {
  const words = new Set<string>()
  for (const group of ['general', 'fields', 'validation'] as const) {
    const english = en.translations[group] as Record<string, string>
    const french = fr.translations[group] as Record<string, string>
    for (const [key, text] of Object.entries(english)) {
      // Placeholders aside ("{{label}} is required"), the words around them.
      for (const part of text.split(/\{\{[^}]+\}\}/).map((p) => p.trim().replace(/[.:!?…]+$/, ''))) {
        if (part.length >= 5 && /[a-z]{3}/.test(part) && !french[key]?.includes(part)) words.add(part)
      }
    }
  }
  // Words that French shares with English, or that are names in the data.
  for (const shared of [
    'Email',
    'Document',
    'Documents',
    'Collections',
    'Actions',
    'Message',
    'Version',
    'Versions',
    'Description',
    'Date',
    'Type',
    'Image',
    'Images',
    'Statut',
    'Code',
    'Global',
    'Globals',
    'Minutes',
    'Local',
    'Relations',
    'Transport',
    'Total',
    'Options',
    'Normal',
  ])
    words.delete(shared)
  return [...words]
}
const ENGLISH = englishWords()
const findEnglish = (text: string): string[] =>
  ENGLISH.filter((word) =>
    new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  )

/** Payload's names for a row or document without a label or a title. */
const UNNAMED = [/Sans titre/, /Untitled/, /\b[A-Z][a-z]+ [A-Z][a-z]+ \d{2}\b/]

/** Each list and the money columns it shows: every cell in euros. */
const LISTS: [string, string[]][] = [
  ['projects', ['minimumGoalCents']],
  ['donations', ['amountCents']],
  ['fiscal-receipts', ['amountCents']],
  ['conventions', ['amountCents']],
  ['payouts', ['payoutCents']],
  ['fund-calls', ['amountCents']],
  ['programmes', ['budgetCents', 'reservedCents']],
  ['fund-movements', ['amountCents']],
  ['ledger-entries', ['amountCents']],
  ['users', []],
  ['workshops', []],
  ['partners', []],
  ['territories', []],
  ['news', []],
  ['pages', []],
]
/** Each edit view and its money fields: the amount typed in euros, never the stored cents. */
const EDITS: [string, string[]][] = [
  ['projects', ['minimumGoalCents', 'optimumGoalCents']],
  ['donations', ['amountCents']],
  ['fiscal-receipts', ['amountCents']],
  ['conventions', ['amountCents']],
  ['payouts', ['collectedCents', 'commissionCents', 'payoutCents']],
  ['fund-calls', ['amountCents']],
  ['programmes', ['budgetCents']],
  ['users', []],
  ['workshops', []],
]

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launch()
  // The browser asks for English: the admin answers in French all the same.
  context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } })
  page = await context.newPage()
  await signInToAdmin(page, 'admin@portail.example', DEMO_PASSWORD)
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

const api = async (path: string) => {
  const response = await context.request.get(url('localhost', `/api${path}`), {
    headers: { Origin: new URL(url('localhost')).origin },
  })
  expect(response.status(), path).toBe(200)
  return (await response.json()) as { docs: Record<string, unknown>[] }
}

/** The page's visible text, once Payload's client has rendered it. */
async function visibleText(path: string): Promise<string> {
  await page.goto(url('localhost', path), { waitUntil: 'load', timeout: 60_000 })
  // The dashboard's blocks keep a request open now and then: network idle is waited for, not required.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
  await page.locator('.template-default__wrap, .template-default').first().waitFor({ timeout: 30_000 })
  await page
    .waitForFunction(() => !document.querySelector('.loading-overlay--entering, .shimmer-effect'), null, {
      timeout: 20_000,
    })
    .catch(() => undefined)
  return page.evaluate(() => document.body.innerText)
}

function expectFrench(text: string, where: string) {
  expect(findEnglish(text), `English words on ${where}`).toEqual([])
  expect(
    UNNAMED.filter((pattern) => pattern.test(text)).map((pattern) => text.match(pattern)?.[0]),
    `unnamed things on ${where}`,
  ).toEqual([])
}

describe('the admin in French, in euros', () => {
  it('knows Payload’s English words (the scan would find them)', () => {
    expect(ENGLISH).toEqual(expect.arrayContaining(['Create New', 'Filters', 'Columns', 'Cancel']))
    expect(findEnglish('Trier par : Created At')).toContain('Created At')
  })

  it('shows the dashboard in French', async () => {
    expectFrench(await visibleText('/admin'), 'the dashboard')
  }, 120_000)

  it.each(LISTS)('lists %s in French, amounts in euros', async (collection, money) => {
    const { docs } = await api(`/${collection}?limit=1&depth=0`)
    const text = await visibleText(`/admin/collections/${collection}?limit=10`)
    expectFrench(text, `the ${collection} list`)
    for (const column of money) {
      const cells = await page.locator(`td.cell-${column}`).allInnerTexts()
      // Every list of the demo data has rows, but a collection the demo leaves empty shows none.
      if (docs.length) expect(cells.length, `${collection}.${column} column`).toBeGreaterThan(0)
      for (const cell of cells) expect(cell, `${collection}.${column}`).toMatch(/^(\d{1,3}(\s\d{3})*(,\d{2})?\s€|—)$/u)
    }
  })

  it.each(EDITS)('edits a %s in French, amounts in euros', async (collection, money) => {
    // A sponsor's programme (the solidarity fund's has no budget of its own).
    const [doc] = (
      await api(
        `/${collection}?limit=1&depth=0&sort=-updatedAt${collection === 'programmes' ? '&where[funding][equals]=sponsor' : ''}`,
      )
    ).docs
    if (!doc) return // nothing of this kind in the demo data

    const text = await visibleText(`/admin/collections/${collection}/${doc.id}`)
    expectFrench(text, `a ${collection} edit view`)
    for (const field of money) {
      const input = page.locator(`#field-${field}`)
      await input.waitFor({ timeout: 15_000 })
      const cents = doc[field] as number | null
      expect(await input.inputValue(), `${collection}.${field}`).toBe(centsToInput(cents))
      if (cents !== null && cents >= 100 && cents % 100 === 0) expect(await input.inputValue()).not.toBe(String(cents))
    }
  })

  it('takes an amount typed in euros with a comma, and stores cents', async () => {
    const [programme] = (await api('/programmes?limit=1&depth=0&where[funding][equals]=sponsor&sort=id')).docs
    await visibleText(`/admin/collections/programmes/${programme.id}`)
    const budget = page.locator('#field-budgetCents')
    const before = programme.budgetCents as number
    const typed = before + 12_345
    await budget.fill(centsToInput(typed).replace(/(\d)(?=(\d{3})+,)/g, '$1 '))
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await api(`/programmes?where[id][equals]=${programme.id}&depth=0`)).docs[0].budgetCents, {
        timeout: 20_000,
      })
      .toBe(typed)
    await budget.fill('douze euros')
    await page.locator('#action-save').click()
    // Refused in French, naming the field, and the field's own message drawn under it.
    await page.getByText('Le champ suivant n’est pas valide : Budget').first().waitFor({ timeout: 15_000 })
    await page
      .locator('.money-field.error', { has: page.locator('#field-budgetCents') })
      .getByText(NOT_A_NUMBER)
      .waitFor({ timeout: 5_000 })
    expect((await api(`/programmes?where[id][equals]=${programme.id}&depth=0`)).docs[0].budgetCents).toBe(typed)
  })
})
