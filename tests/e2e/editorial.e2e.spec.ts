import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/demo'

import { accessibilityViolations, port, requestAs as api, url, useBrowserPage } from './browser'

const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

const TNE = 'tne.localhost'
describe('the workshop-kit library', () => {
  it('filters by level and format with the form, without JavaScript', async () => {
    const noScript = await session.browser().newContext({ locale: 'fr-FR', javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(url(TNE, '/ressources'))
    expect(await plain.locator('#resultats').innerText()).toBe('3 ressources')
    await plain.getByLabel(/^Collège/).check()
    await plain.getByRole('button', { name: 'Filtrer' }).click()
    await plain.waitForURL('**/ressources?niveau=college')
    expect(await plain.locator('#resultats').innerText()).toBe('2 ressources correspondant à vos critères')
    expect(await plain.locator('.card h3').allInnerTexts()).toEqual([
      'Idées reçues sur le numérique',
      'Mallette de la coéducation — collèges',
    ])
    // Counts tell what each further choice would give.
    expect(await plain.locator('label[for="format-conference"]').innerText()).toBe('Conférence (1)')
    await plain.getByLabel(/^Conférence/).check()
    await plain.getByRole('button', { name: 'Filtrer' }).click()
    await plain.waitForURL('**/ressources?*format=conference*')
    expect(await plain.locator('.card h3').allInnerTexts()).toEqual(['Idées reçues sur le numérique'])
    await plain.getByRole('link', { name: 'Effacer les filtres' }).click()
    await plain.waitForURL((u) => u.pathname === '/ressources' && u.search === '')
    expect(await plain.locator('#resultats').innerText()).toBe('3 ressources')
    await noScript.close()
  })

  it('a kit page lists its files with their type and size', async () => {
    await page.goto(url(TNE, '/ressources?niveau=college'))
    await page.getByRole('link', { name: 'Mallette de la coéducation — collèges' }).click()
    await page.waitForURL('**/ressources/mallette-coeducation-colleges')
    expect(await page.locator('h1').innerText()).toBe('Mallette de la coéducation — collèges')
    const files = await page.locator('.files a').allInnerTexts()
    expect(files).toHaveLength(2)
    for (const file of files) expect(file).toMatch(/^.+ \(PDF, [\d,]+ (o|ko|Mo)\)$/)
    const href = new URL((await page.locator('.files a').first().getAttribute('href'))!, url(TNE))
    // Stored under a name the portal made; saved under the file's title.
    expect(href.pathname).toMatch(/^\/api\/documents\/file\/[0-9a-f-]{36}\.pdf$/)
    expect(await page.locator('.files a').first().getAttribute('download')).toMatch(/^[a-z0-9-]+\.pdf$/)
    const download = await api(TNE, href.pathname)
    expect(download.status).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.headers['x-content-type-options']).toBe('nosniff')
    expect(download.text.startsWith('%PDF-')).toBe(true)
  })

  it('answers a file address with junk in it with 400 or 404, never 500', async () => {
    for (const name of [
      '%00',
      'photo%00.png',
      'photo%0A.png',
      '..%2F..%2Fpackage.json',
      `${'a'.repeat(300)}.png`,
      'absente.png',
    ]) {
      const answer = await api(TNE, `/api/media/file/${name}`)
      expect([400, 404], `${name}: ${answer.status} ${answer.text.slice(0, 200)}`).toContain(answer.status)
      expect(answer.text).not.toMatch(/node_modules|Error:/)
    }
  })
})

describe('search', () => {
  it('searches from the header, highlights the words and opens a result', async () => {
    await page.goto(url(TNE, '/'))
    await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('jeux video')
    await page.getByRole('search', { name: 'Rechercher sur le site' }).getByRole('button', { name: 'Chercher' }).click()
    await page.waitForURL('**/recherche?q=jeux+video')
    expect(await page.locator('#resultats').innerText()).toMatch(/^\d+ résultats? pour « jeux video »$/)
    expect(await page.locator('.results mark').allInnerTexts()).toContain('jeux')
    await page.locator('.results a', { hasText: 'Les jeux vidéo, les parents' }).click()
    await page.waitForURL('**/carte-blanche/jeux-video-parents-ecole')
    expect(await page.locator('h1').innerText()).toBe('Les jeux vidéo, les parents et l’École')
  })

  it('on the crowdfunding site, finds its collecting projects but not the TNE articles', async () => {
    await page.goto(url('localhost', '/recherche?q=mer'))
    expect(await page.locator('.results a').allInnerTexts()).toContain('Classe de mer à Plouguerneau')
    await page.goto(url('localhost', '/recherche?q=majorit%C3%A9+num%C3%A9rique'))
    expect(await page.locator('#resultats').innerText()).toBe('Aucun résultat pour « majorité numérique »')
  })
})

describe('expert articles', () => {
  it('opens an article from the list: the expert, the reading time, the themes', async () => {
    await page.goto(url(TNE, '/carte-blanche'))
    expect(await page.locator('.card h2').count()).toBe(10)
    await page.getByRole('link', { name: 'Majorité numérique à 15 ans : que dit la loi ?' }).click()
    await page.waitForURL('**/carte-blanche/majorite-numerique-15-ans-que-dit-la-loi')
    // French typography: no-break spaces before the colon and the question mark.
    expect((await page.locator('h1').innerText()).replace(/\s/g, ' ')).toBe(
      'Majorité numérique à 15 ans : que dit la loi ?',
    )
    const text = (await page.locator('main').innerText()).replace(/\s/g, ' ')
    expect(text).toContain('directeur des relations publiques de la CNIL')
    expect(text).toMatch(/Temps de lecture : \d+ min/)
    expect(await page.locator('.tags li').allInnerTexts()).toContain('Cyberharcèlement')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `http://tne.localhost:${port()}/carte-blanche/majorite-numerique-15-ans-que-dit-la-loi`,
    )
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')
  })

  it('a TNE article is not reachable on the crowdfunding host', async () => {
    const response = await page.goto(url('localhost', '/carte-blanche/majorite-numerique-15-ans-que-dit-la-loi'))
    expect(response?.status()).toBe(404)
    expect((await page.goto(url('localhost', '/carte-blanche')))?.status()).toBe(404)
  })

  it.each([
    [TNE, '/carte-blanche'],
    [TNE, '/carte-blanche/usage-eclaire-intelligence-artificielle-education'],
    [TNE, '/ressources'],
    [TNE, '/ressources?niveau=ecole&public=parents'],
    [TNE, '/ressources/idees-recues-sur-le-numerique'],
    [TNE, '/recherche?q=%C3%A9crans'],
    [TNE, '/actualites'],
    [TNE, '/actualites/nouvelle-mallette-colleges'],
    ['localhost', '/actualites'],
    ['localhost', '/recherche?q=classe'],
  ])('axe finds no violation on http://%s%s', async (host, pathname) => {
    const response = await page.goto(url(host, pathname))
    expect(response?.status()).toBe(200)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})

describe('sitemap.xml, robots.txt and rss.xml', () => {
  it('each site’s sitemap lists its own published pages only, on its own domain', async () => {
    // A draft, saved by the editor through the API, must not appear.
    const login = await api('localhost', '/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editrice@portail.example', password: DEMO_PASSWORD }),
    })
    const { token } = JSON.parse(login.text) as { token: string }
    const tenants = JSON.parse((await api('localhost', '/api/tenants?where[slug][equals]=parentalite')).text) as {
      docs: { id: number }[]
    }
    const draft = await api('localhost', '/api/expert-articles?draft=true', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        tenant: tenants.docs[0].id,
        title: 'Brouillon pas encore relu',
        slug: 'brouillon-pas-encore-relu',
        _status: 'draft',
      }),
    })
    expect(draft.status).toBe(201)

    const tne = (await api(TNE, '/sitemap.xml')).text
    const origin = `http://tne.localhost:${port()}`
    expect(tne).toContain(`<loc>${origin}/carte-blanche/majorite-numerique-15-ans-que-dit-la-loi</loc>`)
    expect(tne).toContain(`<loc>${origin}/ressources/mallette-coeducation-ecoles</loc>`)
    expect(tne).toContain(`<loc>${origin}/mentions-legales</loc>`)
    expect(tne).not.toContain('brouillon-pas-encore-relu')
    expect(tne).not.toContain('/projets/')
    expect(tne.match(/<loc>/g)?.length).toBe(
      tne.match(new RegExp(`<loc>${origin.replace(/\./g, '\\.')}/`, 'g'))?.length,
    )

    const projets = (await api('localhost', '/sitemap.xml')).text
    expect(projets).toContain(`<loc>http://localhost:${port()}/projets/classe-de-mer-a-plouguerneau</loc>`)
    expect(projets).toContain(`<loc>http://localhost:${port()}/actualites/bilan-2023-1042-campagnes</loc>`)
    expect(projets).not.toContain('/carte-blanche')
    expect(projets).not.toContain('/ressources')
    expect(projets).not.toContain('des-livres-pour-la-bcd')
  })

  it('robots.txt points at the site’s sitemap; rss.xml lists its latest news and articles', async () => {
    const robots = (await api(TNE, '/robots.txt')).text
    expect(robots).toContain(`Sitemap: http://tne.localhost:${port()}/sitemap.xml`)
    const rss = await api(TNE, '/rss.xml')
    expect(rss.headers['content-type']).toContain('application/rss+xml')
    const xml = rss.text
    expect(xml).toContain(
      '<title><![CDATA[Utiliser le numérique éducatif pour créer du lien entre l’École et les parents]]></title>',
    )
    expect(xml).not.toContain('Bilan 2023 : 1 042 campagnes')
  })
})
