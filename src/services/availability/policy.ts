/**
 * Whether this instance can serve pages, as its probes of the database say (pure: the monitor and
 * getPayloadOrUnavailable keep the state, see state.ts). `starting` until the first probe answers.
 * Once available, one failed probe is not enough to turn pages away (a slow answer, a failover):
 * two in a row are. While unavailable, probes are retried with a backoff of 1, 2, 4… 30 seconds.
 */
export type AvailabilityState = { state: 'starting' | 'available' | 'unavailable'; failures: number }

export const INITIAL_AVAILABILITY: AvailabilityState = { state: 'starting', failures: 0 }

/** Failed probes in a row that turn an available instance unavailable. */
export const FAILURES_BEFORE_UNAVAILABLE = 2

/** Seconds between probes while the database answers. */
export const PROBE_INTERVAL_SECONDS = 5

const MAX_RETRY_SECONDS = 30

export function afterProbe(previous: AvailabilityState, ok: boolean): AvailabilityState {
  if (ok) return { state: 'available', failures: 0 }
  const failures = previous.failures + 1
  const tolerated = previous.state === 'available' && failures < FAILURES_BEFORE_UNAVAILABLE
  return { state: tolerated ? 'available' : 'unavailable', failures }
}

/** Seconds until the next probe (and the `Retry-After` of a 503): the interval while available, the backoff otherwise. */
export function nextProbeSeconds({ state, failures }: AvailabilityState): number {
  if (state !== 'unavailable') return failures ? 1 : PROBE_INTERVAL_SECONDS
  return Math.min(MAX_RETRY_SECONDS, 2 ** Math.max(0, failures - 1))
}
