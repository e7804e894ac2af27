import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type TestDatabase, createTestDatabase } from '../helpers/test-database'

import { accessibilityViolations, useBrowserPage } from './browser'
import { freePort, productionEnv, runScript, startApp } from './server'

/**
 * An instance whose database does not answer at start: it starts anyway, answers 503 with a French
 * page on public pages (liveness 200, readiness 503), and serves again once the database answers,
 * without a restart. The database is reached through a TCP relay that opens only later.
 */
let database: TestDatabase
let app: { stop: () => Promise<void> }
let relay: net.Server | undefined
let relayPort: number
let port: number
let target: URL

beforeAll(async () => {
  database = await createTestDatabase('outage')
  target = new URL(database.url)
  port = await freePort()
  relayPort = await freePort()
  const uploadsDir = path.join(os.tmpdir(), `portail-outage-uploads-${process.pid}`)
  runScript('migrate', productionEnv({ port, databaseUrl: database.url, smtpPort: await freePort(), uploadsDir }))
  const unreachable = new URL(database.url)
  unreachable.hostname = '127.0.0.1'
  unreachable.port = String(relayPort)
  app = await startApp(
    port,
    productionEnv({
      port,
      databaseUrl: unreachable.toString(),
      smtpPort: await freePort(),
      uploadsDir,
      extra: { JOBS_AUTORUN: 'false' },
    }),
    '/api/health/live',
  )
}, 240_000)

afterAll(async () => {
  await app?.stop()
  await new Promise((resolve) => (relay ? relay.close(resolve) : resolve(undefined)))
  await database?.drop()
})

const session = useBrowserPage()
let page: Page
beforeEach(() => {
  page = session.page()
})

// Node's fetch sends its own Host header: the site is reached by its name, localhost.
const home = () => fetch(`http://localhost:${port}/`, { headers: { 'x-request-id': 'panne-essai-1' } })

describe('the database unreachable at start', () => {
  it('answers 503 with a French page, Retry-After and the request id; liveness 200, readiness 503', async () => {
    const response = await home()
    expect(response.status).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(response.headers.get('x-request-id')).toBe('panne-essai-1')
    const html = await response.text()
    expect(html).toContain('lang="fr"')
    expect(html).toContain('Service momentanément indisponible')
    expect((await fetch(`http://127.0.0.1:${port}/api/health/live`)).status).toBe(200)
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(503)
  })

  it('shows an accessible page', async () => {
    const response = await page.goto(`http://localhost:${port}/projets`)
    expect(response?.status()).toBe(503)
    expect(await page.locator('h1').innerText()).toContain('Service momentanément indisponible')
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('serves the sites again once the database answers, without a restart', async () => {
    relay = net
      .createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname)
        client.pipe(upstream).pipe(client)
        client.on('error', () => upstream.destroy())
        upstream.on('error', () => client.destroy())
      })
      .listen(relayPort, '127.0.0.1')
    await expect.poll(async () => (await home()).status, { timeout: 90_000, interval: 1_000 }).toBe(200)
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200)
    const response = await home()
    expect(response.headers.get('x-request-id')).toBe('panne-essai-1')
    expect(await response.text()).toContain('Financez les projets des classes')
  }, 120_000)
})
