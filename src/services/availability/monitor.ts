import config from '@payload-config'
import { getPayload } from 'payload'

import { checkDatabase } from '@/services/health/check-database'
import { writeLogLine } from '@/services/logging/log-line'

import { getPayloadOrUnavailable } from './get-payload'
import { currentAvailability, recordProbe, retryAfterSeconds } from './state'

const reasonOf = (error: unknown) => (error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error))

/** One probe: start Payload while it has not started, then a `SELECT 1` on the health check's own pool. */
async function probe(cron: boolean): Promise<void> {
  const before = currentAvailability()
  if (!before.payloadReady) {
    try {
      await getPayloadOrUnavailable(() => getPayload({ config, cron }))
      if (before.state === 'unavailable') writeLogLine('info', 'Base de données de nouveau joignable : Payload démarré, pages servies.')
    } catch (error) {
      writeLogLine('warn', 'Base de données injoignable au démarrage : pages en 503, nouvel essai.', { attempt: currentAvailability().failures, retryInSeconds: retryAfterSeconds(), reason: reasonOf(error) })
    }
    return
  }
  const { ok } = await checkDatabase(undefined, { quiet: true })
  const after = recordProbe(ok)
  if (before.state !== after.state) {
    if (after.state === 'unavailable') writeLogLine('warn', 'Base de données injoignable : pages en 503 jusqu’à son retour.', { failures: after.failures })
    else writeLogLine('info', 'Base de données de nouveau joignable : pages servies.')
  }
}

/**
 * Keeps this web instance's availability current, for the proxy (src/proxy.ts) to answer 503 while
 * the database is unreachable: at start it starts Payload (with the jobs queue's crons when `cron`),
 * retrying with backoff until the database answers; then it probes the database every 5 seconds.
 * Never throws, never keeps the process alive by itself.
 */
export function startAvailabilityMonitor({ cron }: { cron: boolean }): void {
  const loop = async () => {
    try {
      await probe(cron)
    } catch (error) {
      writeLogLine('error', 'Surveillance de la base de données en échec.', { reason: String(error) })
    }
    setTimeout(() => void loop(), retryAfterSeconds() * 1000).unref()
  }
  void loop()
}
