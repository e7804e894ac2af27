import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { Redis } from 'ioredis'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/test-database'

import { freePort, productionEnv, runScript, startApp } from './server'

/**
 * Scale-out (README, "Caching"): two `next start` instances and one `npm run jobs` worker on one
 * PostgreSQL, with REDIS_URL (a key prefix of this run's own). A project edited through instance A,
 * and a campaign closed by the worker, are both seen on instance B within one second, although B
 * had the page in its cache. Uses the build of the e2e run (E2E_SKIP_BUILD=1 reuses .next).
 */
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379'
const PASSWORD = 'demo-portail-2026'
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')

async function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) }, () => {
      socket.end()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
    socket.setTimeout(1000, () => {
      socket.destroy()
      resolve(false)
    })
  })
}

const hasRedis = await redisAnswers()
if (!hasRedis && process.env.CI) throw new Error(`Redis does not answer on ${REDIS_URL}: the scale-out test needs it.`)

/** Waits until `check` holds, polling every `everyMs`; returns the time it took, or throws after `timeoutMs`. */
async function within(timeoutMs: number, check: () => Promise<boolean>, everyMs = 50): Promise<number> {
  const start = performance.now()
  while (performance.now() - start < timeoutMs) {
    if (await check()) return performance.now() - start
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`not within ${timeoutMs} ms`)
}

describe.skipIf(!hasRedis)('two instances and a worker sharing Redis', () => {
  let database: TestDatabase
  let db: pg.Pool
  let redis: Redis
  const prefix = `e2e-${process.pid}-${randomBytes(3).toString('hex')}:`
  const apps: { stop: () => Promise<void> }[] = []
  let worker: ChildProcess | undefined
  let portA: number
  let portB: number

  const page = async (port: number, pathname: string) => {
    const response = await fetch(`http://localhost:${port}${pathname}`)
    return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
  }

  beforeAll(async () => {
    database = await createTestDatabase('scaleout')
    const uploadsDir = path.join(os.tmpdir(), `portail-scaleout-uploads-${process.pid}`)
    const development: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: 'development',
      UPLOADS_DIR: uploadsDir,
    }
    runScript('migrate', development)
    runScript('seed', development)
    db = new pg.Pool({ connectionString: database.url, max: 2 })
    redis = new Redis(REDIS_URL)
    ;[portA, portB] = [await freePort(), await freePort()]
    // Both instances and the worker as production runs them: the same secret and URL, the queue in the worker only.
    const shared = productionEnv({
      port: portA,
      databaseUrl: database.url,
      smtpPort: 9,
      uploadsDir,
      extra: { JOBS_AUTORUN: 'false', REDIS_URL, REDIS_KEY_PREFIX: prefix },
    })
    const [a, b] = await Promise.all([startApp(portA, shared), startApp(portB, shared)])
    apps.push(a, b)
    worker = spawn(process.execPath, [tsx, 'scripts/jobs.ts'], { env: shared, stdio: ['ignore', 'ignore', 'inherit'] })
  }, 300_000)

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker!.once('exit', resolve))
      worker.kill('SIGTERM')
      await exited
    }
    await Promise.all(apps.map((app) => app.stop()))
    if (redis) {
      const keys = await redis.keys(`${prefix}*`)
      if (keys.length) await redis.del(...keys)
      redis.disconnect()
    }
    await db?.end()
    await database?.drop()
  }, 60_000)

  it('B keeps the pages in the shared cache: a page rendered on B is a hit on A', async () => {
    // A page never rendered on A. The worker may invalidate the projects' pages meanwhile (it
    // advances the campaigns when it starts), so up to three pages are tried, each a first.
    const { rows } = await db.query(`SELECT slug FROM projects WHERE status = 'collecting' ORDER BY id LIMIT 3`)
    const seen: (string | null)[] = []
    for (const { slug } of rows as { slug: string }[]) {
      expect((await page(portB, `/projets/${slug}`)).status).toBe(200)
      // B stores the page after answering: wait until it is in Redis before asking A.
      const stored = Date.now() + 10_000
      while (!(await redis.keys(`${prefix}next:*${slug}`)).length && Date.now() < stored)
        await new Promise((resolve) => setTimeout(resolve, 100))
      seen.push((await page(portA, `/projets/${slug}`)).cache)
      // From the shared cache either way (STALE: served while it is refreshed in the background).
      if (['HIT', 'STALE'].includes(seen.at(-1) ?? '')) break
    }
    expect(['HIT', 'STALE'], seen.join(', ')).toContain(seen.at(-1))
    expect(await redis.keys(`${prefix}next:*`)).not.toHaveLength(0)
  })

  it('a project edited through A is seen on B within one second', async () => {
    const { rows } = await db.query(`SELECT id, slug FROM projects WHERE status = 'collecting' ORDER BY id LIMIT 1`)
    const { id, slug } = rows[0] as { id: number; slug: string }
    const before = await page(portB, `/projets/${slug}`)
    expect(before.status).toBe(200)
    expect((await page(portB, `/projets/${slug}`)).cache).toBe('HIT')

    const login = await fetch(`http://localhost:${portA}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://localhost:${portA}` },
      body: JSON.stringify({ email: 'admin@portail.example', password: PASSWORD }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const summary = `Résumé modifié sur l’instance A ${randomBytes(4).toString('hex')}`
    const edit = await fetch(`http://localhost:${portA}/api/projects/${id}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${token}`,
        origin: `http://localhost:${portA}`,
      },
      body: JSON.stringify({ summary }),
    })
    expect(edit.status).toBe(200)
    const tookMs = await within(1000, async () => (await page(portB, `/projets/${slug}`)).html.includes(summary))
    expect(tookMs).toBeLessThan(1000)
  })

  it('a campaign closed by the worker is seen on B within one second', async () => {
    const { rows } = await db.query(
      `SELECT id, slug FROM projects WHERE status = 'collecting' ORDER BY id DESC LIMIT 1`,
    )
    const { id, slug } = rows[0] as { id: number; slug: string }
    const open = await page(portB, `/projets/${slug}`)
    // The give box's button shows while the campaign collects.
    expect(open.html).toContain('givebox__cta')
    expect((await page(portB, `/projets/${slug}`)).cache).toBe('HIT')

    // Its end date passes (written in SQL: no hook, no invalidation), then the worker's next run closes it.
    await db.query(
      `UPDATE projects SET start_date = now() - interval '30 days', end_date = now() - interval '2 days' WHERE id = $1`,
      [id],
    )
    await db.query(`INSERT INTO payload_jobs (task_slug, input, queue) VALUES ('advanceCampaigns', '{}', 'default')`)
    await within(
      30_000,
      async () => (await db.query(`SELECT status FROM projects WHERE id = $1`, [id])).rows[0].status !== 'collecting',
      20,
    )
    const tookMs = await within(
      1000,
      async () => !(await page(portB, `/projets/${slug}`)).html.includes('givebox__cta'),
    )
    expect(tookMs).toBeLessThan(1000)
  }, 60_000)
})
