/**
 * `npm run bench:graphql` (issue 16): the review's alias bomb — one anonymous query of 200 aliased
 * lists asking for every row (`limit: 0`), about 14 KB — sent BENCH_ROUNDS times (default 20) to
 * the app's own GraphQL route on a fresh database, and the same for a junk REST list query. Each
 * must be refused, the median under 100 ms (the review measured 15.8 s before). Exit 1 otherwise.
 */
import { execFileSync } from 'node:child_process'

import { createTestDatabase } from '../tests/helpers/test-database'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const GOAL_MS = 100
const say = (message: string) => console.error(`[bench] ${message}`)
const database = await createTestDatabase('benchgraphql')
let failed = false

try {
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: 'ignore',
  })
  process.env.DATABASE_URL = database.url
  const { getPayload } = await import('payload')
  const config = (await import('../payload.config')).default
  // The routes as src/app/(payload)/api composes them (the route files also import the admin's CSS, which Node cannot load).
  const { GRAPHQL_POST, REST_GET } = await import('@payloadcms/next/routes')
  const { guardGraphql } = await import('../src/services/api/graphql-guard')
  const { guardRest } = await import('../src/services/api/rest-guard')
  const graphqlPost = guardGraphql(GRAPHQL_POST(config))
  const restGet = guardRest(config, REST_GET(config))
  const payload = await getPayload({ config })

  const bomb = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Themes(limit: 0) { docs { id name slug createdAt updatedAt } }`).join(' ')} }`
  say(`alias bomb: ${(bomb.length / 1024).toFixed(1)} KB`)
  const cases: [string, () => Promise<Response>][] = [
    [
      'GraphQL alias bomb (200 × limit: 0)',
      () =>
        graphqlPost(
          new Request('http://localhost/api/graphql', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ query: bomb }),
          }),
        ),
    ],
    [
      'REST where[id][in]=abc&limit=0',
      () =>
        restGet(new Request('http://localhost/api/themes?where[id][in]=abc&limit=0'), {
          params: Promise.resolve({ slug: ['themes'] }),
        }),
    ],
  ]
  for (const [name, send] of cases) {
    const times: number[] = []
    let refused = true
    for (let i = 0; i < ROUNDS; i += 1) {
      const started = performance.now()
      const response = await send()
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] }
      times.push(performance.now() - started)
      refused &&= Boolean(body.errors?.length) && body.data === undefined
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]
    const ok = refused && median < GOAL_MS
    failed ||= !ok
    console.log(
      `${name}: ${refused ? 'refused' : 'NOT refused'}, median ${median.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${ROUNDS} (goal: refused under ${GOAL_MS} ms) ${ok ? 'ok' : 'FAILED'}`,
    )
  }
  await payload.destroy()
} finally {
  await database.drop()
}
process.exit(failed ? 1 : 0)
