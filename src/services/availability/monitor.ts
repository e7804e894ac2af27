import config from '@payload-config'
import { getPayload } from 'payload'

import { checkDatabase } from '@/services/health/check-database'
import { writeLogLine } from '@/services/logging/log-line'

import { getPayloadOrUnavailable } from './get-payload'
import { currentAvailability, markMonitored, recordProbe, retryAfterSeconds } from './state'

const reasonOf = (error: unknown) =>
  error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)

type Check = () => Promise<{ ok: boolean }>

/**
 * One probe: start Payload while it has not started, then a `SELECT 1` on the health check's own
 * pool. The jobs queue's crons (`cron`) are started once Payload has, whoever started it: Payload
 * starts them only for a getPayload call that asks for them after the start.
 */
async function probe(check: Check, cron: boolean, crons: { started: boolean }): Promise<void> {
  const before = currentAvailability()
  if (!before.payloadReady) {
    try {
      await getPayloadOrUnavailable()
      if (before.state === 'unavailable')
        writeLogLine('info', 'Base de données de nouveau joignable : Payload démarré, pages servies.')
    } catch (error) {
      writeLogLine('warn', 'Base de données injoignable au démarrage : pages en 503, nouvel essai.', {
        attempt: currentAvailability().failures,
        retryInSeconds: retryAfterSeconds(),
        reason: reasonOf(error),
      })
    }
  } else {
    const { ok } = await check()
    const after = recordProbe(ok)
    if (before.state !== after.state) {
      if (after.state === 'unavailable')
        writeLogLine('warn', 'Base de données injoignable : pages en 503 jusqu’à son retour.', {
          failures: after.failures,
        })
      else writeLogLine('info', 'Base de données de nouveau joignable : pages servies.')
    }
  }
  if (cron && !crons.started && currentAvailability().payloadReady) {
    await getPayload({ config, cron: true })
    crons.started = true
  }
}

/**
 * Keeps this web instance's availability current, for the proxy (src/proxy.ts) to answer 503 while
 * the database is unreachable: at start it starts Payload (then the jobs queue's crons when `cron`),
 * retrying with backoff until the database answers; then it probes the database every 5 seconds
 * (`check`). Never throws, never keeps the process alive by itself; returns what stops it.
 */
export function startAvailabilityMonitor({
  cron,
  check = () => checkDatabase(undefined, { quiet: true }),
}: {
  cron: boolean
  check?: Check
}): () => void {
  markMonitored()
  const crons = { started: false }
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const loop = async () => {
    try {
      await probe(check, cron, crons)
    } catch (error) {
      writeLogLine('error', 'Surveillance de la base de données en échec.', { reason: String(error) })
    }
    if (!stopped) timer = setTimeout(() => void loop(), retryAfterSeconds() * 1000).unref()
  }
  void loop()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
