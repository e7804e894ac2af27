/**
 * `npm run bench:receipts`: tax receipts rendered per second (issue 5). A fresh database; one
 * succeeded project of an eligible structure; RECEIPTS gifts issued (numbers allocated in their
 * transactions), then rendered as PDFs and stored privately by the real job (`renderDueReceipts`),
 * one after the other as the jobs worker does; the structure's signature image is printed on each. Goal: at least 50 per second. Reports the peak
 * memory (resident set size) and checks that every receipt has its PDF and that the numbers run
 * 1..N without a gap.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { createTestDatabase } from '../tests/helpers/test-database'

const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 1000)
const say = (message: string) => console.error(`[bench] ${message}`)
const database = await createTestDatabase('benchreceipts')
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 50)

try {
  execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: 'ignore',
  })
  process.env.DATABASE_URL = database.url
  process.env.UPLOADS_DIR = path.join(os.tmpdir(), `portail-bench-receipts-${process.pid}`)
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const { issueDueReceipts, renderDueReceipts } = await import('../src/services/receipts/receipt-jobs')
  const payload = await getPayload({ config })

  const structure = await payload.create({
    collection: 'structures',
    data: {
      name: 'OCCE 95',
      kind: 'school_cooperative',
      legalId: 'W951000001',
      address: '2 rue des Écoles\n95000 Cergy',
      purpose: 'Coopération à l’école',
      eligibleForReceipts: true,
      issuerCode: 'OCCE95',
      signatory: { name: 'Bernard Lefèvre', role: 'Président' },
    },
    depth: 0,
  })
  // With its president's signature image, as the demo's OCCE 95: each PDF embeds it.
  const { seedSignature } = await import('../src/seed/signature')
  await seedSignature(payload, structure.id)
  const project = await payload.create({
    collection: 'projects',
    data: {
      title: 'Projet réussi',
      slug: 'projet-reussi',
      status: 'succeeded',
      structure: structure.id,
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
  await client.query(
    `INSERT INTO donations (reference, project_id, amount_cents, status, source, donor_type, payment_method, provider, paid_at, wants_receipt,
       identity_first_name, identity_last_name, identity_email, identity_address, identity_postcode, identity_city, identity_country)
     SELECT 'BENCH-' || g, $1, 1000 + (g % 97) * 123, 'paid', 'donor', 'individual', 'card', 'test', now(), true,
       'Camille', 'Donatrice ' || g, 'bench' || g || '@example.org', g || ' rue des Lilas', '95100', 'Argenteuil', 'France'
     FROM generate_series(1, $2::int) g`,
    [project.id, RECEIPTS],
  )
  say(`${RECEIPTS} gifts; issuing…`)
  const issuing = performance.now()
  const { issued } = await issueDueReceipts(payload)
  const issueSeconds = (performance.now() - issuing) / 1000
  say(`${issued} issued; rendering…`)
  const rendering = performance.now()
  let rendered = 0
  for (let done = -1; done !== 0; rendered += done = await renderDueReceipts(payload));
  const renderSeconds = (performance.now() - rendering) / 1000

  const check = (
    await client.query(
      `SELECT count(*)::int AS n, count(file_id)::int AS files, max(sequence)::int AS last, count(DISTINCT sequence)::int AS distinct_sequences FROM fiscal_receipts WHERE issuer_id = $1`,
      [structure.id],
    )
  ).rows[0]
  await client.end()
  const complete =
    check.n === RECEIPTS && check.files === RECEIPTS && check.last === RECEIPTS && check.distinct_sequences === RECEIPTS
  const perSecond = Math.round(rendered / renderSeconds)
  console.table([
    {
      what: 'receipts issued (numbered, one transaction each)',
      count: issued,
      'per second': Math.round(issued / issueSeconds),
    },
    { what: 'receipts rendered as PDF and stored', count: rendered, 'per second': perSecond },
  ])
  console.log(`peak memory (RSS): ${Math.round(peakRss / 1024 / 1024)} MB`)
  console.log(
    `${complete ? 'COMPLETE' : 'WRONG   '}  ${check.n} receipts, ${check.files} PDFs, numbers 1..${check.last} (${check.distinct_sequences} distinct)`,
  )
  console.log(`${perSecond >= 50 ? 'MET   ' : 'MISSED'}  at least 50 receipts rendered per second`)
  await payload.destroy?.()
  if (!complete) process.exitCode = 1
} finally {
  clearInterval(sampler)
  await database.drop()
}
process.exit(process.exitCode ?? 0)
