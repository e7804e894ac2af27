/**
 * Runs once when a Next.js server starts: stamps each request with its peer's address (for rate
 * limits, src/services/rate-limit), stops a misconfigured start with a readable message,
 * then starts Payload in the background (with the jobs queue when JOBS_AUTORUN is on, the default
 * in development) and keeps the instance's availability current: while the database does not
 * answer, public pages get a 503 (src/proxy.ts) and the start is retried with backoff.
 */
import type { Env } from './env'

async function start(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  // Rate limits key on the client's address: this server writes each request's TCP peer in a header.
  const { installPeerAddressHeader } = await import('./services/rate-limit/peer-header')
  installPeerAddressHeader()
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
  const { startAvailabilityMonitor } = await import('./services/availability/monitor')
  startAvailabilityMonitor({ cron: env.JOBS_AUTORUN })
}

await start()
