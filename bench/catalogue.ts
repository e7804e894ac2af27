/**
 * `npm run bench:catalogue`: the catalogue's performance target (issue 3).
 * A fresh database with the demo seed plus 20,000 collecting projects, a production build served by
 * `next start`, then 50 connections for 10 s on each path, against GET /api/health as the baseline.
 * Goal: the filtered, searched catalogue serves ≥ 30 % of /api/health's requests per second with
 * p95 < 100 ms; a project page ≥ 50 %. BENCH_SKIP_BUILD=1 reuses .next; BENCH_SECONDS changes 10.
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'

import { createTestDatabase } from '../tests/helpers/test-database'

import { load } from './load'

const PROJECTS = 20_000
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
const nextBin = path.resolve('node_modules/next/dist/bin/next')
const database = await createTestDatabase('bench')
const say = (message: string) => console.error(`[bench] ${message}`)

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
    execFileSync(process.execPath, [nextBin, 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' })
  }
  const port = 3900 + Math.floor(Math.random() * 90)
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: database.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), SERVER_URL: `http://localhost:${port}`, SMTP_HOST: '127.0.0.1', EMAIL_FROM_ADDRESS: 'bench@portail.example', UPLOADS_DIR: '.data/bench-uploads' },
    stdio: 'ignore',
  })
  try {
    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)
      if (ok) break
      await new Promise((r) => setTimeout(r, 500))
    }
    const paths = ['/api/health', '/projets?niveau=ecole&q=classe', '/projets/classe-de-mer-a-plouguerneau']
    for (const p of paths) await load({ port, host: 'localhost', path: p, connections: 10, seconds: 2 }) // warm-up
    const results = []
    for (const p of paths) results.push(await load({ port, host: 'localhost', path: p, seconds }))
    const base = results[0].rps
    console.table(results.map((r) => ({ ...r, 'vs health': `${Math.round((r.rps / base) * 100)} %` })))
    const verdicts = [
      [`catalogue ≥ 30 % of health, p95 < 100 ms`, results[1].rps >= 0.3 * base && results[1].p95 < 100],
      [`project page ≥ 50 % of health`, results[2].rps >= 0.5 * base],
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
