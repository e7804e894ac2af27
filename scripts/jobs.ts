/**
 * `npm run jobs`: the jobs worker for production, in a process of its own. Web instances run with
 * JOBS_AUTORUN=false (the production default); exactly one worker runs the queue every 10 seconds.
 * SIGINT or SIGTERM stops it cleanly.
 */
import { ensureDatabase, loadEnvOrExit } from './lib/runtime'

process.env.JOBS_AUTORUN = 'true' // before src/env.ts is read: this process is the worker
const env = await loadEnvOrExit()
const stopDatabase = await ensureDatabase(env)
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/services/db/close-payload')
const { stopSharedCache } = await import('../src/services/cache/shared-cache')

const payload = await getPayload({ config, cron: true })
payload.logger.info('Jobs worker started: running the queue every 10 seconds.')

async function shutdown() {
  payload.logger.info('Jobs worker stopping.')
  await closePayload(payload)
  await stopSharedCache()
  await stopDatabase()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
