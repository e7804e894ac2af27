import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest'

export const port = () => inject('appPort')
export const url = (host: string, pathname = '/') => `http://${host}:${port()}${pathname}`

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string; body: Buffer }

/**
 * A request to the app as a given host, sent to 127.0.0.1: Node resolves no `*.localhost` name
 * (Chromium does) and its fetch does not let a test set the Host header.
 */
export function requestAs(
  host: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: port(), path, method, headers: { Host: `${host}:${port()}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const all = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: all.toString('utf8'),
            body: all,
          })
        })
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** axe-core with the WCAG 2.1 A/AA and RGAA 4 rules: the list of violations, readable in a failure. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // After a client-side navigation Next.js writes the new page's <title> a moment after its content
  // (seen on a loaded machine: axe ran in between). A page without a title still fails, 5 s later.
  for (let i = 0; i < 50 && !(await page.title()); i++) await page.waitForTimeout(100)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4', 'best-practice'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/**
 * Turns Chromium's HTTP cache off for `page`. Signed in, Next's link prefetches of ISR pages
 * (`Cache-Control: s-maxage=60`) are asked twice, and the second waits about 30 s on the cache entry
 * the first is writing: navigation is not delayed (it fetches another URL), but "networkidle"
 * comes only when that wait ends.
 */
export async function withoutHttpCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
}

/** One Chromium for the file, a fresh French context and page for each test (without HTTP cache, see withoutHttpCache). */
export function useBrowserPage(): { browser: () => Browser; page: () => Page } {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'fr-FR' })
    page = await context.newPage()
    await withoutHttpCache(page)
  })
  afterEach(async () => {
    await context.close()
  })
  return { browser: () => browser, page: () => page }
}

/**
 * Signs in through the admin's login form and waits for the dashboard. The admin is a React app:
 * fields filled before it has hydrated are reset, and the form then sends nothing, so this waits
 * for React to own the form (its fibre on the field) before filling it.
 */
export async function signInToAdmin(
  page: Page,
  email: string,
  password: string,
  origin = url('localhost', ''),
): Promise<void> {
  await page.goto(`${origin}/admin/login`, { waitUntil: 'networkidle' })
  await page.waitForFunction(
    () => {
      const field = document.querySelector('input[name="email"]')
      return Boolean(field && Object.keys(field).some((key) => key.startsWith('__reactFiber')))
    },
    null,
    { timeout: 60_000 },
  )
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  // The first admin page a server renders for a role takes a while on a busy machine (jobs run in the same process).
  await page.waitForURL((u) => u.pathname === '/admin', { timeout: 80_000 })
}

/** Fills the portal's form fields by name (their ids are `champ-<name>`, see src/ui/forms/Field.tsx). */
export async function fillFields(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await page.locator(`#champ-${name}`).fill(value)
}

type Mail = { to: string[]; subject: string; text: string }

/** Waits (up to 40 s: the jobs queue sends every 10 s) for an e-mail the app sent through the SMTP sink. */
export async function waitForMail(match: (mail: Mail) => boolean): Promise<Mail> {
  const dir = inject('mailDir')
  const deadline = Date.now() + 40_000
  while (Date.now() < deadline) {
    const mails = fs.existsSync(dir)
      ? fs.readdirSync(dir).map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Mail)
      : []
    const found = mails.find(match)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('no such e-mail within 40 s')
}
