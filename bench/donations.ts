/**
 * `npm run bench:donations`: payment confirmations on one hot project (issue 4).
 * A fresh database; one collecting project; GIFTS pending gifts confirmed by 50 concurrent writers
 * through the real path (applyPaymentEvent: event id, row locks, totals, ledger), against a
 * single-row `UPDATE … SET n = n + 1` loop with 50 clients on the same database as the baseline.
 * Goal: at least 300 confirmed gifts per second. The totals are checked afterwards.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'

import pg from 'pg'

import { createTestDatabase } from '../tests/helpers/test-database'

const GIFTS = Number(process.env.BENCH_GIFTS ?? 6000)
const WRITERS = 50
const BASELINE_SECONDS = 5
const say = (message: string) => console.error(`[bench] ${message}`)
const database = await createTestDatabase('benchdonations')

try {
  execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: 'ignore',
  })
  process.env.DATABASE_URL = database.url
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const { applyPaymentEvent } = await import('../src/services/donations/apply-payment-event')
  const payload = await getPayload({ config })

  const project = await payload.create({
    collection: 'projects',
    data: {
      title: 'Projet très suivi',
      slug: 'projet-tres-suivi',
      status: 'collecting',
      minimumGoalCents: 100_000,
      optimumGoalCents: 1_000_000_000,
      stopAtOptimum: false,
      collectedCents: 0,
      donorCount: 0,
    },
    context: { projectTransition: true },
    depth: 0,
  })
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const { rows } = await client.query(
    `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, payment_method, provider, identity_email)
     SELECT 'BENCH-' || g, $1, 1000 + (g % 50) * 100, 'pending', 'donor', 'individual', 'card', 'test', 'bench' || g || '@example.org'
     FROM generate_series(1, $2::int) g RETURNING id, amount_cents::bigint AS amount`,
    [project.id, GIFTS],
  )
  const expected = rows.reduce((sum, r) => sum + Number(r.amount), 0)
  say(`${GIFTS} pending gifts; confirming with ${WRITERS} writers…`)

  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < rows.length) {
        const { id } = rows[next++]
        await applyPaymentEvent(payload, { eventId: `evt_bench_${id}`, provider: 'test', type: 'paid', donationId: id })
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const giftsPerSecond = Math.round(GIFTS / seconds)

  const totals = (
    await client.query('SELECT collected_cents::bigint AS collected, donor_count FROM projects WHERE id = $1', [
      project.id,
    ])
  ).rows[0]
  const ledger = (
    await client.query(
      `SELECT coalesce(sum(amount_cents), 0)::bigint AS total FROM ledger_entries WHERE project_id = $1`,
      [project.id],
    )
  ).rows[0]
  const totalsExact =
    Number(totals.collected) === expected && Number(totals.donor_count) === GIFTS && Number(ledger.total) === expected

  say(`baseline: single-row UPDATE loop, ${WRITERS} clients, ${BASELINE_SECONDS} s…`)
  await client.query('CREATE TABLE bench_counter (id int PRIMARY KEY, n bigint NOT NULL)')
  await client.query('INSERT INTO bench_counter VALUES (1, 0)')
  const pool = new pg.Pool({ connectionString: database.url, max: WRITERS })
  const until = performance.now() + BASELINE_SECONDS * 1000
  let updates = 0
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (performance.now() < until) {
        await pool.query('UPDATE bench_counter SET n = n + 1 WHERE id = 1')
        updates++
      }
    }),
  )
  await pool.end()
  await client.end()

  const baseline = Math.round(updates / BASELINE_SECONDS)
  console.table([
    {
      what: 'confirmed gifts (applyPaymentEvent)',
      'per second': giftsPerSecond,
      'vs baseline': `${Math.round((giftsPerSecond / baseline) * 100)} %`,
    },
    { what: 'single-row UPDATE (baseline)', 'per second': baseline, 'vs baseline': '100 %' },
  ])
  console.log(
    `${totalsExact ? 'EXACT ' : 'WRONG '}  totals: collected ${totals.collected} / expected ${expected}, donors ${totals.donor_count} / ${GIFTS}, ledger ${ledger.total}`,
  )
  console.log(`${giftsPerSecond >= 300 ? 'MET   ' : 'MISSED'}  at least 300 confirmed gifts per second`)
  await payload.destroy?.()
  if (!totalsExact) process.exitCode = 1
} finally {
  await database.drop()
}
process.exit(process.exitCode ?? 0)
