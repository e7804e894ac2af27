import config from '@payload-config'
import { type Payload, getPayload } from 'payload'

import { ServiceUnavailableError } from './service-unavailable'
import { currentAvailability, markPayloadReady, recordProbe, retryAfterSeconds } from './state'

/**
 * Payload, or a ServiceUnavailableError when it cannot start because the database does not
 * answer. Until Payload has started, attempts are spaced by the availability policy's backoff
 * (1, 2, 4… 30 s): requests in between fail at once instead of each trying to connect. Once
 * started, Payload is cached and returned at once (its pool reconnects by itself).
 */
export async function getPayloadOrUnavailable(load: () => Promise<Payload> = () => getPayload({ config })): Promise<Payload> {
  const availability = currentAvailability()
  if (!availability.payloadReady && availability.state === 'unavailable' && Date.now() < availability.nextProbeAt) {
    throw new ServiceUnavailableError(retryAfterSeconds())
  }
  try {
    const payload = await load()
    if (!availability.payloadReady) {
      markPayloadReady()
      recordProbe(true)
    }
    return payload
  } catch (error) {
    if (currentAvailability().payloadReady) throw error // not a start-up failure: not ours to translate
    recordProbe(false)
    throw new ServiceUnavailableError(retryAfterSeconds(), { cause: error })
  }
}
