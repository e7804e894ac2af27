import config from '@payload-config'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { NextRequest } from 'next/server'
import { type Payload, type SanitizedConfig, getPayload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import SitesError from '@/app/(sites)/error'
import { proxy } from '@/proxy'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { startAvailabilityMonitor } from '@/services/availability/monitor'
import { SERVICE_UNAVAILABLE_DIGEST, ServiceUnavailableError } from '@/services/availability/service-unavailable'
import { currentAvailability } from '@/services/availability/state'
import { clearCache } from '@/services/cache/memory-cache'
import { closePayload } from '@/services/db/close-payload'
import { withHandledStartFailure } from '@/services/db/handled-start-failure'
import { getSiteByHost } from '@/sites/registry'

import { createSite, testPayload } from '../helpers/factories'

let payload: Payload
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

beforeAll(async () => {
  payload = await testPayload()
  process.on('unhandledRejection', onUnhandled)
  clearCache()
})

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  await closePayload(payload)
})

/** Starts Payload, as a web instance does, with the app's config but a database that refuses connections. */
const startWithDatabaseDown = async () =>
  getPayload({
    config: {
      ...(await config),
      db: withHandledStartFailure(
        postgresAdapter({ pool: { connectionString: 'postgres://postgres@127.0.0.1:1/injoignable' } }),
      ) as SanitizedConfig['db'],
    },
    key: 'database-down',
  })

const page = async (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { host: 'localhost:3000', ...headers } }))

/**
 * An instance whose database is down when it starts: Payload cannot start, pages answer 503 with a
 * French page, the start is retried with backoff, and pages are served once the database answers.
 * (The monitor that drives the retries in a server is src/services/availability/monitor.ts.)
 */
describe('a database unreachable at start', () => {
  it('Payload does not start: a typed 503 error, no unhandled rejection', async () => {
    const load = vi.fn(startWithDatabaseDown)
    const error = await getPayloadOrUnavailable(load).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceUnavailableError)
    expect(error).toMatchObject({
      status: 503,
      digest: SERVICE_UNAVAILABLE_DIGEST,
      retryAfterSeconds: 1,
      cause: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') }),
    })
    expect(currentAvailability()).toMatchObject({ state: 'unavailable', failures: 1, payloadReady: false })

    // Until the next attempt is due, requests fail at once without trying to connect.
    await expect(getPayloadOrUnavailable(load)).rejects.toBeInstanceOf(ServiceUnavailableError)
    expect(load).toHaveBeenCalledTimes(1)

    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(unhandled).toEqual([])
  })

  it('public pages answer 503 with a French page, Retry-After and the request id, without rendering anything', async () => {
    const response = await page('/projets/classe-de-mer?theme=1&niveau="ecole"', { 'x-request-id': 'req-503' })
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-request-id')).toBe('req-503')
    expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    const html = await response.text()
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/)
    expect(html).toContain('<title>Service momentanément indisponible</title>')
    expect(html).toContain('<main>\n<h1>Service momentanément indisponible</h1>')
    expect(html).toContain('<a href="/projets/classe-de-mer?theme=1&amp;niveau=%22ecole%22">Réessayer</a>')
    expect(html).not.toContain('<script')
  })

  it('a page that asks for Payload meanwhile gets the typed error, and the error boundary says the service is unavailable', async () => {
    const error = await getSiteByHost('localhost').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceUnavailableError)
    const html = renderToStaticMarkup(
      SitesError({ error: error as Error & { digest?: string }, reset: () => undefined }),
    )
    expect(html).toContain('<h1>Service momentanément indisponible</h1>')
    expect(html).toContain('Réessayer')
    const other = renderToStaticMarkup(
      SitesError({ error: Object.assign(new Error('boom'), { digest: '123' }), reset: () => undefined }),
    )
    expect(other).toContain('<h1>Une erreur est survenue</h1>')
  })

  it('once the database answers, the next attempt starts Payload and pages are served again', async () => {
    await new Promise((resolve) => setTimeout(resolve, currentAvailability().nextProbeAt - Date.now() + 10))
    expect(await getPayloadOrUnavailable()).toBe(payload)
    expect(currentAvailability()).toMatchObject({ state: 'available', failures: 0, payloadReady: true })

    const response = await page('/projets', { 'x-request-id': 'req-200' })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/localhost/projets')
    expect(response.headers.get('x-request-id')).toBe('req-200')
    // The page sees the request's id (for its error log lines).
    expect(response.headers.get('x-middleware-request-x-request-id')).toBe('req-200')
    const site = await createSite(payload)
    expect((await getSiteByHost(site.domains[0].domain))?.id).toBe(site.id)
    expect(unhandled).toEqual([])
  })
})

describe('the database lost once started', () => {
  it('two failed probes in a row turn pages to 503, the first probe that succeeds serves them again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const answers = [true, false, false, false, true]
    const check = vi.fn(async () => ({ ok: answers.shift() ?? true }))
    const stop = startAvailabilityMonitor({ cron: false, check })
    try {
      await vi.advanceTimersByTimeAsync(0)
      expect(check).toHaveBeenCalledTimes(1)
      expect((await page('/')).status).toBe(200)
      // One failure is tolerated (a slow answer), and checked again a second later.
      await vi.advanceTimersByTimeAsync(5_000)
      expect(currentAvailability()).toMatchObject({ state: 'available', failures: 1 })
      expect((await page('/')).status).toBe(200)
      await vi.advanceTimersByTimeAsync(1_000)
      expect(currentAvailability()).toMatchObject({ state: 'unavailable', failures: 2 })
      expect((await page('/')).status).toBe(503)
      expect((await page('/')).headers.get('retry-after')).toBe('2')
      // Retried with backoff: still down 2 s later, then back 4 s after that.
      await vi.advanceTimersByTimeAsync(2_000)
      expect((await page('/')).headers.get('retry-after')).toBe('4')
      await vi.advanceTimersByTimeAsync(4_000)
      expect(check).toHaveBeenCalledTimes(5)
      expect(currentAvailability()).toMatchObject({ state: 'available', failures: 0 })
      expect((await page('/')).status).toBe(200)
    } finally {
      stop()
      vi.useRealTimers()
    }
  })
})

describe('the request id of public pages', () => {
  it('is generated when the request has none', async () => {
    const id = (await page('/')).headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
  })
})
