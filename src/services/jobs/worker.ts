import type { Payload } from 'payload'

import { deliverQueuedEmails } from '@/services/email/deliver-queued'

/** Jobs of the queue run per pass (side by side, as Payload's runner runs them). */
const JOBS_PER_PASS = 20
/** The pause between passes when nothing is left to do (Payload's autoRun cron of before). */
const IDLE_MS = 10_000

/**
 * One pass of the jobs worker: queue the scheduled tasks that are due, deliver the e-mails never
 * tried yet in one batch (`deliverQueuedEmails`), then run the queue once (every task, and the
 * e-mails' retries). Returns whether work may remain (a full batch of e-mails, or jobs run), so
 * that the worker goes on at once instead of waiting: a wave of closed campaigns is drained in
 * one go, not 20 jobs every 10 seconds.
 */
export async function runWorkerPass(payload: Payload): Promise<boolean> {
  await payload.jobs.handleSchedules({ queue: 'default' })
  const mails = await deliverQueuedEmails(payload)
  const run = await payload.jobs.run({ queue: 'default', limit: JOBS_PER_PASS })
  const ran = 'jobStatus' in run && Object.keys(run.jobStatus ?? {}).length > 0
  return (mails.sent > 0 && mails.failed === 0) || ran
}

/**
 * The jobs worker's loop (`npm run jobs`): passes one after the other, never two at once (the
 * e-mails' batch claim and Payload's runner must not run side by side), at once while work
 * remains, every IDLE_MS otherwise. `stop()` waits for the pass under way.
 */
export function startWorker(payload: Payload): { stop: () => Promise<void> } {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let current: Promise<void> = Promise.resolve()
  const pass = async () => {
    let busy = false
    try {
      busy = await runWorkerPass(payload)
    } catch (err) {
      payload.logger.error({ err, msg: 'Jobs worker: pass failed, next one in 10 seconds.' })
    }
    if (!stopped) timer = setTimeout(() => (current = pass()), busy ? 0 : IDLE_MS)
  }
  current = pass()
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await current
    },
  }
}
