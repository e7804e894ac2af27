import type { Locator, Page, Response } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { port, requestAs, url, useBrowserPage } from './browser'

/**
 * Issue 16: "a browser test submits every public form with junk". Every form of both sites, each
 * field filled with junk — huge strings, NUL and other control characters, emoji, markup and
 * script, negative and huge numbers; choices in lists (selects, radios, checkboxes) given values
 * the list does not offer, as a crafted request would; the forms' hidden fields are left as the
 * page wrote them. Then: never a 5xx, the page in French with the refusals on their fields and the
 * focus on the error summary (forms), or the page still there (searches and filters), and no
 * sideways scroll on a phone's width.
 */
const session = useBrowserPage()
let page: Page
let serverErrors: string[]
beforeEach(async () => {
  page = session.page()
  await page.setViewportSize({ width: 375, height: 800 })
  serverErrors = []
  page.on('response', (response: Response) => {
    if (response.status() >= 500)
      serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`)
  })
})

const TNE = 'tne.localhost'
const PROJECT = '/projets/robots-et-codage-au-college'

/** Junk with no "@" (an address is then refused on its field, whatever the form). */
const JUNK_TEXT = `\u0000\u0001\u0007\u001b[31m\u007f <script>alert("x")</script><img src=x onerror=alert(1)> 😀👩‍🏫🇫🇷 '; DROP TABLE users; -- ${'é'.repeat(200)} \u202e${'Ω'.repeat(50)}`
/** For forms that post (a server action): twenty thousand more characters, in one word. */
const HUGE_TEXT = `${JUNK_TEXT}${'x'.repeat(20_000)}`
/** For numbers and amounts. */
const JUNK_NUMBER = '-99999999999999999999999999,999e308'
/** For GET forms: the address stays under the server's limits for a request line. */
const SHORT_TEXT = `\u0000\u0007 <script>alert(1)</script> 😀 ${'é'.repeat(120)} -1e308`
/**
 * For the choices of a list (checkboxes, radios, selects): short, because a form may hold many
 * (the kit library has about twenty checkboxes). SHORT_TEXT in each of them makes an address of
 * 16 KB, which Node refuses before any code runs (431, no page): the limit of a request line, not
 * a defect of the page (`junk in the address` checks that such an address gets a 4xx).
 */
const CHOICE_TEXT = '\u0000<x>😀-1'

/**
 * Fills every field of `form` with junk, in the page (no event, like a crafted request): text
 * inputs (any type, maxlength removed, date and number inputs made text), textareas, selects (an
 * option given a value the list does not have), radios and checkboxes (checked, with such a value).
 * Hidden fields, buttons and fields hidden from everyone (the questionnaire's honeypot) are left.
 */
async function junkForm(form: Locator, text: string): Promise<void> {
  await form.evaluate(
    (element, junk) => {
      for (const field of Array.from((element as HTMLFormElement).elements)) {
        if (field.closest('[aria-hidden="true"]')) continue
        if (field instanceof HTMLInputElement) {
          if (['hidden', 'submit', 'button', 'reset', 'image', 'file'].includes(field.type)) continue
          if (field.type === 'checkbox' || field.type === 'radio') {
            field.value = junk.choice
            field.checked = true
            continue
          }
          const numeric = field.type === 'number' || field.inputMode === 'decimal' || field.inputMode === 'numeric'
          field.removeAttribute('maxlength')
          field.type = 'text'
          field.value = numeric ? junk.number : junk.text
        } else if (field instanceof HTMLTextAreaElement) {
          field.removeAttribute('maxlength')
          field.value = junk.text
        } else if (field instanceof HTMLSelectElement && field.options.length) {
          const option = field.options[field.options.length - 1]
          option.value = junk.choice
          option.selected = true
        }
      }
    },
    { text, number: JUNK_NUMBER, choice: CHOICE_TEXT },
  )
}

/** Words that would betray a message not meant for people (a library's English, a stack trace). */
const NOT_FRENCH = /\b(invalid|expected|required|must|undefined|null|NaN|error|relationship|this field|Failed query)\b/i

/** After a refused submission: the summary in French, focused, each refusal on its field; no sideways scroll. */
async function expectRefusedInFrench(form: Locator): Promise<void> {
  const summary = form.locator('.error-summary')
  await summary.waitFor({ timeout: 30_000 })
  expect(await summary.locator('h2').innerText()).toMatch(/^(Un point est|\d+ points sont) à corriger$/)
  const items = await summary.locator('li').allInnerTexts()
  expect(items.length).toBeGreaterThan(0)
  expect(items.filter((item) => NOT_FRENCH.test(item))).toEqual([])
  expect((await form.locator('.field__error').allInnerTexts()).filter((message) => NOT_FRENCH.test(message))).toEqual(
    [],
  )
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
    timeout: 5_000,
  })
  await expectNoSidewaysScroll()
  expect(serverErrors).toEqual([])
}

async function expectNoSidewaysScroll(): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
}

/** After a GET form (search, filters): a page (not an error), in French, with its heading, and no sideways scroll. */
async function expectPageStillThere(response: Response | null): Promise<void> {
  expect(response?.status() ?? 0).toBeLessThan(500)
  expect(await page.getAttribute('html', 'lang')).toBe('fr')
  expect((await page.locator('h1').first().innerText()).trim().length).toBeGreaterThan(0)
  expect(await page.locator('h1').first().innerText()).not.toMatch(/erreur|indisponible/i)
  await expectNoSidewaysScroll()
  expect(serverErrors).toEqual([])
}

/** Opens `path` on `host`, fills the form whose submit button is named `button` with junk, and sends it. */
async function junkAndSend(host: string, path: string, button: string | RegExp, text = HUGE_TEXT): Promise<Locator> {
  await page.goto(url(host, path), { waitUntil: 'networkidle' })
  const form = page.locator('form', { has: page.getByRole('button', { name: button }) }).last()
  await junkForm(form, text)
  await form.getByRole('button', { name: button }).first().click()
  return form
}

/** Submits a GET form filled with junk and waits for the page it leads to. */
async function junkAndSearch(
  host: string,
  path: string,
  form: (p: Page) => Locator,
  button: string | RegExp,
): Promise<void> {
  await page.goto(url(host, path), { waitUntil: 'networkidle' })
  const target = form(page)
  await junkForm(target, SHORT_TEXT)
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    target.getByRole('button', { name: button }).click(),
  ])
  await expectPageStillThere(response)
}

describe('searches and filters (GET forms), filled with junk', () => {
  it.each([
    ['localhost', '/projets', 'Afficher les projets'],
    ['localhost', '/recherche', 'Rechercher'],
    [TNE, '/recherche', 'Rechercher'],
    ['localhost', '/chiffres-cles', 'Afficher'],
    [TNE, '/chiffres-cles', 'Afficher'],
    [TNE, '/agenda', 'Afficher les ateliers'],
    [TNE, '/agenda/carte', 'Afficher les ateliers'],
    [TNE, '/ressources', 'Filtrer'],
  ])('http://%s%s', async (host, path, button) => {
    await junkAndSearch(
      host,
      path,
      (p) => p.locator('main form', { has: p.getByRole('button', { name: button, exact: true }) }).first(),
      button,
    )
  })

  it.each([['localhost'], [TNE]])('the search field of every header, on http://%s', async (host) => {
    await junkAndSearch(host, '/', (p) => p.locator('form.site-search'), 'Chercher')
  })

  it.each([
    [
      'localhost',
      `/projets?q=${encodeURIComponent(SHORT_TEXT)}&academie=%00&departement=-1&niveau=%3Cscript%3E&theme=${'x'.repeat(500)}&type=1e308&tri=%F0%9F%98%80&page=-99999999999999999999&courteEchelle=%00`,
    ],
    ['localhost', `/recherche?q=${encodeURIComponent(SHORT_TEXT)}&page=99999999999999999999`],
    ['localhost', '/chiffres-cles?annee=-99999999999999999999&periode=%3Cscript%3E'],
    [TNE, `/agenda?territoire=%00&theme=${'x'.repeat(300)}&public=-1&du=9999-99-99&au=%3Cscript%3E`],
    [TNE, '/ressources?audience=%00&niveau=-1&theme=%3Cscript%3E&format=1e308'],
    ['localhost', '/confirmation-ecole?jeton=%00%3Cscript%3E'],
    ['localhost', '/mot-de-passe/nouveau?jeton=%00%F0%9F%98%80'],
    ['localhost', '/connexion?suite=%00javascript:alert(1)'],
  ])('junk in the address: http://%s%s', async (host, path) => {
    const response = await page.goto(url(host, path))
    expect(response?.status() ?? 0).toBeLessThan(500)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    await expectNoSidewaysScroll()
    expect(serverErrors).toEqual([])
  })

  it('an address longer than a request line may be (16 KB) is refused with a 4xx, never a 5xx', async () => {
    // Node refuses it before any host is read: the loopback address stands for any site.
    const response = await fetch(
      `http://127.0.0.1:${port()}/ressources?${Array.from({ length: 25 }, () => `theme=${encodeURIComponent(SHORT_TEXT)}`).join('&')}`,
    )
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

const ACCOUNT_FORMS = [
  ['/inscription', 'Créer mon compte'],
  ['/inscription/donateur', 'Créer mon compte'],
  ['/connexion', 'Se connecter'],
  ['/mot-de-passe-oublie', 'Recevoir un lien'],
  [`/mot-de-passe/nouveau?jeton=${encodeURIComponent('jeton-bidon')}`, 'Enregistrer le mot de passe'],
  [`${PROJECT}/don`, 'Continuer vers le paiement'],
] as const

describe('accounts and giving (crowdfunding site), filled with junk', () => {
  it.each(ACCOUNT_FORMS)('%s', async (path, button) => {
    await expectRefusedInFrench(await junkAndSend('localhost', path, button))
  })
})

describe('accounts and giving (crowdfunding site), sent empty', () => {
  it.each(ACCOUNT_FORMS)('%s', async (path, button) => {
    await page.goto(url('localhost', path), { waitUntil: 'networkidle' })
    const form = page.locator('form', { has: page.getByRole('button', { name: button }) }).last()
    await form.getByRole('button', { name: button }).first().click()
    await expectRefusedInFrench(form)
  })
})

describe('the parents’ questionnaire, filled with junk', () => {
  it('/questionnaire/demo-atelier-realise-laon (TNE site)', async () => {
    await expectRefusedInFrench(await junkAndSend(TNE, '/questionnaire/demo-atelier-realise-laon', /Envoyer/))
  })
})

/**
 * Junk in the address of the pages reached by a signed link (thank-you, failure choice, test
 * payment) and of unknown pages: the site's French 404, in the HTML the server sends (with
 * `lang="fr"`, readable before any JavaScript runs and by a screen reader's first pass).
 */
describe('junk in the address', () => {
  it.each([
    ['localhost', `${PROJECT}/don/merci?don=abc&jeton=x`],
    ['localhost', `${PROJECT}/don/merci?don=1&jeton=jeton-contrefait`],
    ['localhost', '/dons/abc/choix'],
    ['localhost', '/dons/1/choix?jeton=jeton-contrefait'],
    ['localhost', '/paiement-test/1?jeton=jeton-contrefait'],
    ['localhost', '/paiement-test/%F0%9F%98%80'],
    ['localhost', '/cette-page-n-existe-pas'],
    [TNE, '/cette-page-n-existe-pas'],
    [TNE, '/projets/robots-et-codage-au-college'],
  ])('%s%s: the French 404, served with lang="fr"', async (host, path) => {
    const answer = await requestAs(host, path)
    expect(answer.status).toBe(404)
    expect(answer.text).toMatch(/^<!DOCTYPE html><html lang="fr"/)
    expect(answer.text).toMatch(/<title>Page introuvable · [^<]+<\/title>/)
    expect(answer.text).toMatch(/<main id="contenu"[^>]*><h1>Page introuvable<\/h1>/)
  })
})

describe('a teacher’s project form, filled with junk', () => {
  it('each step refuses it on its fields, in French, and saves nothing', async () => {
    await page.goto(url('localhost', '/connexion?suite=/proposer-un-projet'), { waitUntil: 'networkidle' })
    await page.locator('#champ-email').fill('enseignante@portail.example')
    await page.locator('#champ-password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((u) => u.pathname === '/proposer-un-projet', { timeout: 60_000 })

    // The establishment's search (a GET form).
    await junkAndSearch(
      'localhost',
      '/proposer-un-projet',
      (p) => p.locator('form[role="search"]', { has: p.getByRole('button', { name: 'Rechercher', exact: true }) }),
      'Rechercher',
    )

    // Step 1: the receiving structure (a crafted choice) and the school head's contact.
    await expectRefusedInFrench(await junkAndSend('localhost', '/proposer-un-projet', 'Enregistrer le brouillon'))

    // The teacher's draft, for the next steps (an empty first step creates no project).
    const drafts = await page
      .context()
      .request.get(url('localhost', '/api/projects?where[status][equals]=draft&depth=0&limit=1&sort=-id'), {
        headers: { Origin: url('localhost', '').replace(/\/$/, '') },
      })
    const draft = ((await drafts.json()) as { docs: { id: number }[] }).docs[0]?.id
    expect(draft).toBeGreaterThan(0)

    for (const step of ['projet', 'budget', 'dates']) {
      await expectRefusedInFrench(
        await junkAndSend('localhost', `/proposer-un-projet?projet=${draft}&etape=${step}`, 'Enregistrer le brouillon'),
      )
    }

    // Photos: a file that is no picture, and a junk alternative text.
    await page.goto(url('localhost', `/proposer-un-projet?projet=${draft}&etape=photos`), { waitUntil: 'networkidle' })
    const cover = page.locator('form', { has: page.getByRole('button', { name: 'Enregistrer la photo principale' }) })
    await cover
      .locator('#champ-coverFile')
      .setInputFiles({ name: `${'😀'.repeat(50)}.png`, mimeType: 'image/png', buffer: Buffer.from(HUGE_TEXT) })
    await junkForm(cover, HUGE_TEXT)
    await cover.getByRole('button', { name: 'Enregistrer la photo principale' }).click()
    await expectRefusedInFrench(cover)

    // Nothing of the junk was saved.
    await page.goto(url('localhost', `/proposer-un-projet?projet=${draft}&etape=relecture`), {
      waitUntil: 'networkidle',
    })
    expect(await page.locator('main').innerText()).not.toContain('<script>')
    expect(serverErrors).toEqual([])
  }, 300_000)
})
