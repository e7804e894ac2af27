/**
 * `npm run bench:catalogue`: the catalogue's performance target (issue 3).
 * A fresh database with the demo seed plus 20,000 collecting projects, a production build served by
 * `next start`, then 50 connections for 10 s on each path, against GET /api/health as the baseline.
 * Goal: the filtered, searched catalogue serves ≥ 30 % of /api/health's requests per second with
 * p95 < 100 ms; a project page ≥ 50 %. BENCH_SKIP_BUILD=1 reuses .next; BENCH_SECONDS changes 10;
 * BENCH_ROUNDS=n measures the three paths n times (interleaved) and judges the median of each.
 * A path with errors (or a server that does not start) fails its goal.
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { createTestDatabase } from '../tests/helpers/test-database'

import { type LoadResult, load } from './load'

const PROJECTS = 20_000
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1))
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const nextBin = path.resolve('node_modules/next/dist/bin/next')
const database = await createTestDatabase('bench')
const say = (message: string) => console.error(`[bench] ${message}`)

/** The share of the machine's CPU time that was busy during 3 s (while the bench itself is idle). */
async function busyCpu(): Promise<number> {
  const sample = () =>
    os.cpus().reduce(
      (sum, { times: t }) => ({
        busy: sum.busy + t.user + t.nice + t.sys + t.irq,
        total: sum.total + t.user + t.nice + t.sys + t.irq + t.idle,
      }),
      { busy: 0, total: 0 },
    )
  const before = sample()
  await new Promise((r) => setTimeout(r, 3000))
  const after = sample()
  return Math.round((100 * (after.busy - before.busy)) / Math.max(1, after.total - before.total))
}

try {
  const env = { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'development' as const }
  execFileSync(process.execPath, [tsx, 'scripts/migrate.ts'], { env, stdio: 'ignore' })
  execFileSync(process.execPath, [tsx, 'scripts/seed.ts'], { env, stdio: 'ignore' })
  say(`inserting ${PROJECTS} collecting projects…`)
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  // Copies of the demo's collecting projects, with distinct titles and slugs, spread over its schools.
  await client.query(`
    INSERT INTO projects (title, slug, status, owner_id, establishment_id, structure_id, level, kind, pupils, summary,
                          minimum_goal_cents, optimum_goal_cents, collected_cents, donor_count, start_date, end_date, courte_echelle)
    SELECT p.title || ' n° ' || g, p.slug || '-' || g, 'collecting', p.owner_id, e.id, p.structure_id, p.level, p.kind, p.pupils, p.summary,
           p.minimum_goal_cents, p.optimum_goal_cents, (g * 37) % p.minimum_goal_cents, g % 40, p.start_date,
           to_char(current_date + (g % 60) + 1, 'YYYY-MM-DD'), g % 3 = 0
    FROM generate_series(1, ${PROJECTS}) g
    JOIN LATERAL (SELECT * FROM projects WHERE status = 'collecting' ORDER BY id OFFSET g % 8 LIMIT 1) p ON true
    JOIN LATERAL (SELECT id FROM establishments ORDER BY id OFFSET g % 11 LIMIT 1) e ON true`)
  await client.query(`
    INSERT INTO projects_rels ("order", parent_id, path, themes_id)
    SELECT 1, p.id, 'themes', (SELECT id FROM themes ORDER BY id OFFSET p.id % 9 LIMIT 1) FROM projects p WHERE p.slug ~ '-[0-9]+$'`)
  await client.query('ANALYZE')
  await client.end()

  if (process.env.BENCH_SKIP_BUILD !== '1') {
    say('next build…')
    try {
      execFileSync(process.execPath, [nextBin, 'build'], {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: 'pipe',
        maxBuffer: 64 * 1024 * 1024,
      })
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
      console.error(`${stdout ?? ''}${stderr ?? ''}`.split('\n').slice(-40).join('\n'))
      throw new Error('next build failed')
    }
  }
  const port = 3900 + Math.floor(Math.random() * 90)
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SERVER_URL: `http://localhost:${port}`,
      SMTP_HOST: '127.0.0.1',
      EMAIL_FROM_ADDRESS: 'bench@portail.example',
      UPLOADS_DIR: '.data/bench-uploads',
      PAYMENTS_PROVIDER: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // The server's last lines, shown if it does not start.
  let serverOutput = ''
  const keep = (chunk: Buffer) => (serverOutput = (serverOutput + chunk.toString()).slice(-8000))
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  try {
    let up = false
    for (let i = 0; i < 120 && !up; i++) {
      up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
      if (!up) await new Promise((r) => setTimeout(r, 500))
    }
    if (!up) {
      console.error(serverOutput)
      throw new Error('next start did not answer GET /api/health with 200 within 60 s')
    }
    const paths = ['/api/health', '/projets?niveau=ecole&q=classe', '/projets/classe-de-mer-a-plouguerneau']
    for (const p of paths) await load({ port, host: 'localhost', path: p, connections: 10, seconds: 2 }) // warm-up
    // Other processes on the machine (builds, tests) skew every figure: say so.
    say(
      `CPU used by other processes before the load: ${await busyCpu()} % of ${os.cpus().length} CPUs (figures are noisy above ~10 %)`,
    )
    const runs: LoadResult[][] = paths.map(() => [])
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of paths.entries()) runs[i].push(await load({ port, host: 'localhost', path: p, seconds }))
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      const middle = sorted.length / 2
      return Number.isInteger(middle)
        ? Math.round(((sorted[middle - 1] + sorted[middle]) / 2) * 10) / 10
        : sorted[Math.floor(middle)]
    }
    const results = runs.map((r): LoadResult => ({
      path: r[0].path,
      requests: median(r.map((x) => x.requests)),
      errors: r.reduce((sum, x) => sum + x.errors, 0),
      rps: median(r.map((x) => x.rps)),
      p50: median(r.map((x) => x.p50)),
      p95: median(r.map((x) => x.p95)),
      p99: median(r.map((x) => x.p99)),
    }))
    if (rounds > 1) {
      console.log(`each round:`)
      console.table(runs.flat())
      console.log(`median of ${rounds} rounds (errors: total):`)
    }
    const base = results[0].rps
    console.table(results.map((r) => ({ ...r, 'vs health': base ? `${Math.round((r.rps / base) * 100)} %` : '–' })))
    const clean = (r: LoadResult) => r.requests > 0 && r.errors === 0
    const verdicts = [
      [
        `catalogue ≥ 30 % of health, p95 < 100 ms`,
        clean(results[0]) && clean(results[1]) && results[1].rps >= 0.3 * base && results[1].p95 < 100,
      ],
      [`project page ≥ 50 % of health`, clean(results[0]) && clean(results[2]) && results[2].rps >= 0.5 * base],
    ] as const
    for (const [goal, met] of verdicts) console.log(`${met ? 'MET ' : 'MISSED'}  ${goal}`)
  } finally {
    server.kill('SIGTERM')
    await new Promise((r) => server.once('exit', r))
  }
} finally {
  await database.drop()
}
process.exit(0)

export {}
