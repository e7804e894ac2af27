/**
 * `npm run jobs`: the jobs worker for production, in a process of its own. Web instances run with
 * JOBS_AUTORUN=false (the production default); exactly one worker runs the queue, in its own loop
 * (src/services/jobs/worker.ts): every 10 seconds, and without pause while work remains (a wave of
 * closed campaigns and their e-mails). SIGINT or SIGTERM stops it cleanly, after the pass under way.
 */
import { ensureDatabase, loadEnvOrExit } from './lib/runtime'

process.env.JOBS_AUTORUN = 'false' // before src/env.ts is read: the worker's loop runs the queue, not Payload's cron
const env = await loadEnvOrExit()
const stopDatabase = await ensureDatabase(env)
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/services/db/close-payload')
const { stopSharedCache } = await import('../src/services/cache/shared-cache')
const { startWorker } = await import('../src/services/jobs/worker')

const payload = await getPayload({ config })
const worker = startWorker(payload)
payload.logger.info('Jobs worker started: running the queue every 10 seconds, at once while work remains.')

async function shutdown() {
  payload.logger.info('Jobs worker stopping.')
  await worker.stop()
  await closePayload(payload)
  await stopSharedCache()
  await stopDatabase()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
