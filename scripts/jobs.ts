/**
 * `npm run jobs`: the jobs worker for production, in a process of its own. Web instances run with
 * JOBS_AUTORUN=false (the production default); exactly one worker runs the queue every 10 seconds.
 * SIGTERM finishes cleanly.
 */
process.env.JOBS_AUTORUN = 'true'

const { loadEnvOrExit } = await import('./lib/runtime')
await loadEnvOrExit()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/services/db/close-payload')

const payload = await getPayload({ config, cron: true })
payload.logger.info('Jobs worker started: running the queue every 10 seconds.')

const stop = async () => {
  payload.logger.info('Jobs worker stopping.')
  await closePayload(payload)
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
