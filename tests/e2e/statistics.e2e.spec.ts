import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'

import { accessibilityViolations, requestAs, url, useBrowserPage } from './browser'

const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

/** The page's charts: images whose URLs serve SVG (how many). */
async function chartImages(on: Page, host: string): Promise<number> {
  const sources = await on
    .locator('figure.stat-chart img')
    .evaluateAll((images) => images.map((i) => i.getAttribute('src')!))
  for (const src of sources) {
    const chart = await requestAs(host, src)
    expect(chart.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(chart.text).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  }
  return sources.length
}

describe('Chiffres clés (demo history 2018–2023)', () => {
  it('shows the charts with their data tables, without JavaScript, and only totals', async () => {
    const noScript = await session.browser().newContext({ locale: 'fr-FR', javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(url('localhost', '/chiffres-cles?annee=2023'))
    expect(await plain.locator('h1').innerText()).toBe('Chiffres clés')
    // Every chart is an image named by its caption, followed by its table; served apart (the page
    // does not carry the drawings twice), as SVG.
    const charts = plain.locator('figure.stat-chart img')
    expect(await charts.count()).toBeGreaterThanOrEqual(5)
    const first = charts.first()
    expect(await first.getAttribute('alt')).toMatch(/^Graphique : /)
    expect(await plain.getByRole('img', { name: /^Graphique : .*tableau qui suit/ }).count()).toBe(await charts.count())
    expect(await first.getAttribute('src')).toMatch(/^\/chiffres-cles\/donnees\/[a-z-]+\.svg\?annee=2023$/)
    expect(await chartImages(plain, 'localhost')).toBe(await charts.count())
    await first.scrollIntoViewIfNeeded()
    await expect.poll(() => first.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(760)
    expect((await plain.request.get(url('localhost', '/chiffres-cles/donnees/inconnu.svg'))).status()).toBe(404)
    const activity = plain.getByRole('table', { name: /Collectes terminées par année civile/ })
    const row2023 = activity.getByRole('row', { name: /^2023/ })
    expect((await row2023.locator('td').first().innerText()).replace(/\s/g, ' ')).toBe('1 042')
    expect((await row2023.locator('td').nth(1).innerText()).replace(/\s/g, ' ')).toBe('640')
    expect((await row2023.locator('td').nth(3).innerText()).replace(/\s/g, ' ')).toBe('1 406 €')
    expect(
      await plain
        .getByRole('table', { name: /Les dix départements les plus actifs/ })
        .getByRole('row')
        .nth(1)
        .locator('th')
        .innerText(),
    ).toBe("Val-d'Oise (95)")
    // Aggregates only: no donor's e-mail address on the page.
    expect(await plain.content()).not.toMatch(/donateur\d+@exemple\.fr/)
    // A table's CSV.
    const csv = await plain.request.get(url('localhost', '/chiffres-cles/donnees/activite.csv?annee=2023'))
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
    expect((await csv.text()).split('\n').find((l) => l.startsWith('2023;'))).toBe('2023;1042;640;402;1406;93;96;88')
    // The period chooser works as a plain form.
    await plain.selectOption('#periode', 'scolaire')
    await plain.selectOption('#annee', '2022')
    await plain.click('form[aria-label="Choisir la période"] button')
    await plain.waitForURL('**/chiffres-cles?annee=2022&periode=scolaire')
    expect(await plain.getByRole('heading', { name: 'En 2022-2023' }).count()).toBe(1)
    await noScript.close()
  })

  it('downloads the activity report as a PDF, and shows it as a page', async () => {
    await page.goto(url('localhost', '/chiffres-cles?annee=2023'))
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Rapport d’activité 2023 (PDF)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('rapport-activite-2023.pdf')
    const response = await page.request.get(url('localhost', '/chiffres-cles/rapport/2023/pdf'))
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await page.goto(url('localhost', '/chiffres-cles/rapport/2023'))
    expect(await page.locator('h1').innerText()).toBe('Rapport d’activité 2023')
    expect(await page.getByText('un record depuis son lancement').count()).toBe(1)
    expect(await page.getByRole('table', { name: /Indicateurs des Territoires numériques éducatifs/ }).count()).toBe(1)
    expect(await chartImages(page, 'localhost')).toBeGreaterThanOrEqual(5)
  })

  it('shows the TNE indicators computed from the territories’ records, by year', async () => {
    await page.goto(url('tne.localhost', '/chiffres-cles?annee=2023'))
    const total = page
      .getByRole('table', { name: /Indicateurs des Territoires numériques éducatifs/ })
      .getByRole('row', { name: /^Ensemble des territoires/ })
    // The demo set reproduces the 2023 report: 56 conventions, 113 initiatives, 187 mediators trained.
    expect((await total.locator('td').allInnerTexts()).map((t) => t.replace(/\s/g, ' '))).toEqual([
      '56',
      '56',
      '113',
      '187',
      '2 536',
      '187',
    ])
    expect(
      await page
        .getByRole('table', { name: /Partenaires des conventions signées en 2023/ })
        .getByRole('row', { name: /^Association/ })
        .locator('td')
        .innerText(),
    ).toBe('46')
    expect(await page.locator('#annee option').allInnerTexts()).toContain('2023')
    expect(await chartImages(page, 'tne.localhost')).toBeGreaterThanOrEqual(1)
  })

  it('keeps the admin dashboard for the GIP’s staff', async () => {
    await page.goto(url('localhost', '/admin/statistiques'))
    await page.waitForURL('**/admin/login**')
  })

  it.each([
    ['localhost', '/chiffres-cles'],
    ['localhost', '/chiffres-cles?annee=2022&periode=scolaire'],
    ['localhost', '/chiffres-cles/rapport/2023'],
    ['tne.localhost', '/chiffres-cles'],
  ])('axe finds no violation on %s%s', async (host, pathname) => {
    await page.goto(url(host, pathname))
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
