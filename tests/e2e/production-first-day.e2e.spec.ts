import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type TestDatabase, createTestDatabase } from '../helpers/test-database'

import { accessibilityViolations, fillFields, signInToAdmin, useBrowserPage } from './browser'
import { freePort, productionEnv, runScript, startApp } from './server'

/**
 * The README's "Production" section, followed to the letter on an empty database: `npm run
 * migrate`, `npm run admin:create`, `npm start` (the build is the suite's), then the first
 * administrator signs in and both sites serve their pages. No demo seed runs here.
 */
const PROJETS = 'ecole.localhost'
const PARENTS = 'parents.localhost'
const ADMIN = 'premiere.admin@gip.example.fr'
const PASSWORD = 'un mot de passe de production'

let database: TestDatabase
let app: { stop: () => Promise<void> }
let port: number
let env: NodeJS.ProcessEnv
let migrateOutput: string
const at = (host: string, pathname = '/') => `http://${host}:${port}${pathname}`

beforeAll(async () => {
  database = await createTestDatabase('firstday')
  port = await freePort()
  env = productionEnv({
    port,
    databaseUrl: database.url,
    // Nothing listens there: no e-mail is needed on the first day.
    smtpPort: await freePort(),
    uploadsDir: path.join(os.tmpdir(), `portail-firstday-uploads-${process.pid}`),
    extra: { SITE_HOSTS_PROJETS: PROJETS, SITE_HOSTS_PARENTALITE: PARENTS, JOBS_AUTORUN: 'false' },
  })
  migrateOutput = runScript('migrate', env)
  app = await startApp(port, env)
}, 240_000)

afterAll(async () => {
  await app?.stop()
  await database?.drop()
})

const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

describe('production, first day, from an empty database', () => {
  it('migrates, creates the sites, and refuses the "create first user" screen while no account exists', async () => {
    expect(migrateOutput).toMatch(/Reference data and sites: \d+ records created/)
    const refused = await fetch(`http://localhost:${port}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'intrus@example.com',
        password: 'un mot de passe quelconque',
        'confirm-password': 'un mot de passe quelconque',
      }),
    })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toContain('npm run admin:create')
  })

  it('lets the administrator choose a password through the printed link, sign in, and create a theme', async () => {
    const adminOutput = runScript('admin-create', env, ['--email', ADMIN, '--name', 'Première Administratrice'])
    expect(adminOutput).toContain(`Administrateur créé : ${ADMIN}`)
    const link = /https?:\/\/\S+\/admin\/reset\/\S+/.exec(adminOutput)?.[0]
    expect(link).toBeTruthy()
    await page.goto(link!, { waitUntil: 'networkidle' })
    await page.waitForFunction(
      () => {
        const field = document.querySelector('input[name="password"]')
        return Boolean(field && Object.keys(field).some((key) => key.startsWith('__reactFiber')))
      },
      null,
      { timeout: 60_000 },
    )
    await page.fill('input[name="password"]', PASSWORD)
    await page.fill('input[name="confirm-password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((u) => u.pathname === '/admin' || u.pathname === '/admin/login', { timeout: 80_000 })
    if (new URL(page.url()).pathname === '/admin/login')
      await signInToAdmin(page, ADMIN, PASSWORD, `http://localhost:${port}`)

    // The dashboard lists the pages still in placeholder text.
    await expect.poll(() => page.locator('#placeholder-pages').count(), { timeout: 30_000 }).toBe(1)
    expect(await page.locator('section[aria-labelledby="placeholder-pages"]').innerText()).toContain('Mentions légales')

    await page.goto(`http://localhost:${port}/admin/collections/themes/create`, { waitUntil: 'networkidle' })
    await page.waitForFunction(
      () => {
        const field = document.querySelector('#field-name')
        return Boolean(field && Object.keys(field).some((key) => key.startsWith('__reactFiber')))
      },
      null,
      { timeout: 60_000 },
    )
    await page.fill('#field-name', 'Musique et chant choral')
    await page.click('#action-save')
    await page.waitForURL((u) => /\/admin\/collections\/themes\/\d+$/.test(u.pathname), { timeout: 60_000 })
    const themes = await (
      await fetch(`http://localhost:${port}/api/themes?where[name][equals]=Musique%20et%20chant%20choral`)
    ).json()
    expect(themes.docs).toMatchObject([{ slug: 'musique-et-chant-choral' }])
  })

  it.each([
    [PROJETS, '/', 'Financez les projets des classes'],
    [PROJETS, '/projets', 'Aucun projet n’est en collecte pour le moment'],
    [PROJETS, '/actualites', 'Aucune actualité pour le moment'],
    [PROJETS, '/chiffres-cles', 'Chiffres clés'],
    [PROJETS, '/mentions-legales', 'Données personnelles'],
    [PROJETS, '/accessibilite', 'État de conformité'],
    [PROJETS, '/aide', 'Comment faire un don ?'],
    [PROJETS, '/contact', 'Nous écrire'],
    [PROJETS, '/plan-du-site', 'Aide'],
    [PARENTS, '/', 'Parentalité et Numérique'],
    [PARENTS, '/agenda', 'Aucun atelier'],
    [PARENTS, '/territoires', 'Aisne'],
    [PARENTS, '/ressources', 'Aucune ressource n’est encore publiée'],
    [PARENTS, '/carte-blanche', 'Aucun article n’est encore publié'],
    [PARENTS, '/mentions-legales', 'Données personnelles'],
    [PARENTS, '/accessibilite', 'État de conformité'],
    [PARENTS, '/aide', 'Comment participer à un atelier ?'],
  ])('serves %s%s with a useful empty state, axe-clean', async (host, pathname, text) => {
    const response = await page.goto(at(host, pathname))
    expect(response?.status()).toBe(200)
    expect((await page.locator('main').innerText()).replace(/\s/g, ' ')).toContain(text)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('lets a donor sign up while the SMTP server does not answer: the account exists, the e-mail will follow', async () => {
    await page.goto(at(PROJETS, '/inscription/donateur'))
    await fillFields(page, {
      firstName: 'Denise',
      lastName: 'Premier-Don',
      email: 'denise@exemple.fr',
      password: 'une phrase de passe solide',
      passwordConfirm: 'une phrase de passe solide',
    })
    await page.getByRole('button', { name: 'Créer mon compte' }).click()
    await expect
      .poll(() => page.locator('main').innerText(), { timeout: 30_000 })
      .toContain('un lien de confirmation va être envoyé à denise@exemple.fr')
    // The mail waits in the queue (nothing runs it on this instance) instead of failing the sign-up.
    await signInToAdmin(page, ADMIN, PASSWORD, `http://localhost:${port}`)
    await page.goto(`http://localhost:${port}/admin/emails-non-envoyes`)
    await page.getByRole('heading', { level: 1, name: 'E-mails non envoyés' }).waitFor({ timeout: 60_000 })
  })

  it('shows the empty catalogue, filtered by the form, the first time (rendered on demand) and the second (cached) alike', async () => {
    await page.goto(at(PROJETS, '/projets'))
    expect(await page.locator('main').innerText()).toContain('Aucun projet n’est en collecte pour le moment')
    // The filters' choices come from the reference data the migration created.
    expect(await page.locator('#departement option').count()).toBeGreaterThan(100)
    await page.getByLabel('Département').selectOption('29')
    await page.getByLabel('Niveau').selectOption('college')
    await page.getByRole('button', { name: 'Afficher les projets' }).click()
    await page.waitForURL('**/projets?*departement=29*')
    for (const visit of ['first, on demand', 'again, cached']) {
      if (visit === 'again, cached') await page.reload()
      expect(await page.locator('main').innerText(), visit).toContain('Aucun projet ne correspond à ces critères')
      // The form shows the choices the list was filtered by.
      expect(await page.getByLabel('Département').inputValue(), visit).toBe('29')
      expect(await page.getByLabel('Niveau').inputValue(), visit).toBe('college')
      expect(await accessibilityViolations(page), visit).toEqual([])
    }
  })

  it('answers a French 404 for an unknown page on both sites, axe-clean', async () => {
    for (const host of [PROJETS, PARENTS]) {
      const response = await page.goto(at(host, '/cette-page-n-existe-pas'))
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').innerText()).toBe('Page introuvable')
      expect(await accessibilityViolations(page)).toEqual([])
    }
  })
})
