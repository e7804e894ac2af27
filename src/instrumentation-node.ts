/**
 * Runs once when a Next.js server starts: stops a misconfigured start with a readable message,
 * and starts the jobs queue in this process when JOBS_AUTORUN is on (the default in development).
 */
import type { Env } from './env'

async function start(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  let env: Env
  try {
    ;({ env } = await import('./env'))
  } catch (error) {
    if (error instanceof Error && error.name === 'EnvError') {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  if (!env.JOBS_AUTORUN) return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}

await start()
