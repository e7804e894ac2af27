/**
 * `npm run bench:stats` (issue 9): a fresh database; a generated export of the former platform with
 * BENCH_GIFTS gifts (default 1,000,000; about 21 per campaign, 2015–2023) imported through the real
 * import (rows per second reported); then each dashboard query timed, BENCH_ROUNDS times (default
 * 5), its median judged against the goal: under 300 ms each. Exit 1 when a median misses it.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'

import { createTestDatabase } from '../tests/helpers/test-database'

const GIFTS = Number(process.env.BENCH_GIFTS ?? 1_000_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const GOAL_MS = 300
const say = (message: string) => console.error(`[bench] ${message}`)
const database = await createTestDatabase('benchstats')

try {
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: 'ignore',
  })
  process.env.DATABASE_URL = database.url
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  const { generateLegacyExport, legacyCsv, plainYears } = await import('../src/seed/history')
  const { importLegacy } = await import('../src/services/history/import-legacy')
  const queries = await import('../src/services/statistics/queries')
  const payload = await getPayload({ config })

  // About 16 gifts per campaign with the generator's amounts: campaigns per year for GIFTS gifts over 9 years.
  const perYear = Math.max(10, Math.round(GIFTS / 16 / 9))
  let { campaigns, gifts } = generateLegacyExport({ years: plainYears(2015, 2023, perYear), seed: 1 })
  if (gifts.length > GIFTS) gifts = gifts.slice(0, GIFTS)
  const { campagnes, dons } = legacyCsv(campaigns, gifts)
  say(
    `export: ${campaigns.length} campaigns, ${gifts.length} gifts (${(dons.length / 1e6).toFixed(0)} MB); load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  const started = performance.now()
  const report = await importLegacy(payload, {
    campaigns: { name: 'campagnes.csv', bytes: Buffer.from(campagnes) },
    gifts: { name: 'dons.csv', bytes: Buffer.from(dons) },
  })
  const seconds = (performance.now() - started) / 1000
  campaigns = []
  if (report.problems.length) throw new Error(`import refused rows: ${JSON.stringify(report.problems.slice(0, 3))}`)
  const rows = report.campaigns.created + report.gifts.created
  console.log(
    `import: ${report.campaigns.created} campaigns + ${report.gifts.created} gifts in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s (${Math.round(report.gifts.created / seconds)} gifts/s; goal: 100,000 gifts in under 60 s)`,
  )

  const year = 2023
  const cases: [string, () => Promise<unknown>][] = [
    ['activity table, every year', () => queries.campaignCountsByPeriod(payload, 'calendar')],
    ['activity table, every school year', () => queries.campaignCountsByPeriod(payload, 'school')],
    ['periods with data', () => queries.periodsWithData(payload, 'calendar')],
    ['by académie', () => queries.breakdownCounts(payload, 'academy', year, 'calendar')],
    ['top départements', () => queries.breakdownCounts(payload, 'department', year, 'calendar')],
    ['by theme', () => queries.breakdownCounts(payload, 'theme', year, 'calendar')],
    ['by level', () => queries.breakdownCounts(payload, 'level', year, 'calendar')],
    ['gifts, companies, top-ups of a year', () => queries.giftCounts(payload, 2021, 'calendar')],
    ['top-ups by programme', () => queries.topUpsByProgramme(payload, 2021, 'calendar')],
    ['gifts of a school year', () => queries.giftCounts(payload, 2020, 'school')],
    ['solidarity fund', () => queries.fundFlows(payload, year, 'calendar')],
    ['published per month', () => queries.publishedPerMonth(payload, year, 'calendar')],
  ]
  let failed = false
  for (const [name, run] of cases) {
    const times: number[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now()
      await run()
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]
    const ok = median < GOAL_MS
    failed ||= !ok
    console.log(
      `${ok ? 'ok  ' : 'SLOW'} ${name}: median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`,
    )
  }
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  await payload.destroy()
  process.exitCode = failed ? 1 : 0
} finally {
  await database.drop()
}
