/**
 * `npm run dev`: everything a developer needs on one port.
 * 1. the database: embedded PostgreSQL under .data/postgres when DATABASE_URL is unset;
 * 2. migrations, then the seed (reference data and demo set, created once, never wiped);
 * 3. `next dev` on PORT (3000): both sites, the admin, the API, and the jobs queue.
 * Ctrl-C stops Next.js, then the embedded database.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { ensureDatabase, loadEnvOrExit, redact } from './lib/runtime'

const env = await loadEnvOrExit()
if (env.isProduction) {
  console.error('npm run dev is for development; in production use npm run build && npm start (see README).')
  process.exit(1)
}

const say = (message: string) => console.log(`\x1b[36m[dev]\x1b[0m ${message}`)
say(
  env.usesEmbeddedDatabase
    ? `starting the embedded PostgreSQL (.data/postgres, port ${env.EMBEDDED_POSTGRES_PORT})…`
    : `using DATABASE_URL ${redact(env.DATABASE_URL)}`,
)
const stopDatabase = await ensureDatabase(env)

const [{ getPayload }, { default: config }, { applyMigrations }, { closePayload }, { seed }] = await Promise.all([
  import('payload'),
  import('../payload.config'),
  import('../src/services/db/migrate'),
  import('../src/services/db/close-payload'),
  import('../src/seed'),
])
const payload = await getPayload({ config })
try {
  await applyMigrations(payload, env.DATABASE_URL)
  const { created } = await seed(payload, env)
  say(created ? `seed: ${created} records created` : 'seed: demo data already present')
} finally {
  await closePayload(payload)
}

say(`e-mails: ${env.usesEmailOutbox ? 'written to .data/outbox/ (no SMTP_HOST)' : `SMTP ${env.SMTP_HOST}`}`)
say(`payments: ${env.usesTestPayments ? 'local test provider (no Stripe keys)' : 'Stripe'}`)
say(
  `sites: ${[...env.SITE_HOSTS_PROJETS, ...env.SITE_HOSTS_PARENTALITE].map((h) => `http://${h}:${env.PORT}`).join('  ')}  admin: http://localhost:${env.PORT}/admin`,
)

const nextBin = fileURLToPath(import.meta.resolve('next/dist/bin/next'))
const next = spawn(process.execPath, [nextBin, 'dev', '--port', String(env.PORT)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
const nextExited = new Promise<number>((resolve) => next.on('exit', (code) => resolve(code ?? 0)))

// Ctrl-C: Next.js stops first (it holds database connections), then the embedded PostgreSQL.
let stopping = false
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  if (next.exitCode === null) next.kill('SIGTERM')
  await nextExited
  say('stopping the database…')
  await stopDatabase().catch((error) => console.error('Could not stop the embedded PostgreSQL cleanly:', error))
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
void nextExited.then((code) => shutdown(code))
