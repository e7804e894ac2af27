/**
 * Shared start-up of the command-line scripts: a readable message (never a stack trace) for a bad
 * environment, the database (embedded in development when DATABASE_URL is unset), and Payload.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '../../src/env'

let currentStep = 'starting'
/** What the script is waiting for, named in the message if Node ends it with an await still pending. */
function step(name: string): void {
  currentStep = name
}
process.on('exit', (code) => {
  if (code === 13)
    console.error(
      `The script ended while waiting (${currentStep}): a promise never settled and nothing kept Node running.`,
    )
})

export async function loadEnvOrExit(): Promise<Env> {
  try {
    return (await import('../../src/env')).env
  } catch (error) {
    if (error instanceof Error && error.name === 'EnvError') {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

/** Starts the embedded PostgreSQL when DATABASE_URL is unset; checks the server answers otherwise. */
export async function ensureDatabase(
  env: Env,
  log: (message: string) => void = () => undefined,
): Promise<() => Promise<void>> {
  const { canConnect, startEmbeddedPostgres } = await import('../../src/services/db/embedded-postgres')
  if (env.usesEmbeddedDatabase) {
    const { DATA_DIR, EMBEDDED_DATABASE_NAME } = await import('../../src/env')
    const db = await startEmbeddedPostgres({
      dataDir: path.join(DATA_DIR, 'postgres'),
      port: env.EMBEDDED_POSTGRES_PORT,
      database: EMBEDDED_DATABASE_NAME,
      log,
    })
    return db.stop
  }
  if (!(await canConnect(env.DATABASE_URL))) {
    console.error(`The database of DATABASE_URL does not answer (${redact(env.DATABASE_URL)}). Is the server running?`)
    process.exit(1)
  }
  return async () => undefined
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}

/** Runs `task` with an initialised Payload (migrations applied), then closes everything. */
export async function withPayload<T>(
  task: (payload: Payload, env: Env) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const env = await loadEnvOrExit()
  step('connecting to the database')
  const stopDatabase = await ensureDatabase(env)
  // A script never reloads on code changes: no connection to a Next.js dev server's HMR socket.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  step('loading Payload')
  const [{ getPayload }, { default: config }, { applyMigrations }, { closePayload }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
    import('../../src/services/db/migrate'),
    import('../../src/services/db/close-payload'),
  ])
  step('starting Payload')
  const payload = await getPayload({ config })
  try {
    step('applying migrations')
    if (options.migrate !== false) await applyMigrations(payload, env.DATABASE_URL)
    step('running')
    return await task(payload, env)
  } finally {
    step('closing Payload')
    await closePayload(payload)
    step('stopping the database')
    await stopDatabase()
    step('done')
  }
}
