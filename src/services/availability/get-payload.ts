import config from '@payload-config'
import { type Payload, getPayload } from 'payload'

import { ServiceUnavailableError } from './service-unavailable'
import { currentAvailability, markPayloadReady, recordProbe, retryAfterSeconds } from './state'

/** The attempt to start Payload under way, shared by every caller meanwhile (one attempt, one probe recorded). */
let attempt: Promise<Payload> | null = null

/**
 * Payload, or a ServiceUnavailableError when it cannot start because the database does not
 * answer. Until Payload has started, attempts are spaced by the availability policy's backoff
 * (1, 2, 4… 30 s): requests in between fail at once instead of each trying to connect. Once
 * started, Payload is cached and returned at once (its pool reconnects by itself).
 */
export async function getPayloadOrUnavailable(
  load: () => Promise<Payload> = () => getPayload({ config }),
): Promise<Payload> {
  const availability = currentAvailability()
  if (availability.payloadReady) return load()
  if (availability.state === 'unavailable' && Date.now() < availability.nextProbeAt)
    throw new ServiceUnavailableError(retryAfterSeconds())
  attempt ??= (async () => {
    try {
      const payload = await load()
      markPayloadReady()
      recordProbe(true)
      return payload
    } catch (error) {
      recordProbe(false)
      throw new ServiceUnavailableError(retryAfterSeconds(), { cause: error })
    } finally {
      attempt = null
    }
  })()
  return attempt
}
