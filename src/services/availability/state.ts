import { type AvailabilityState, INITIAL_AVAILABILITY, afterProbe, nextProbeSeconds } from './policy'

type Store = AvailabilityState & { nextProbeAt: number; payloadReady: boolean; monitored: boolean }

/**
 * This process's availability, one store shared by Next's bundles (the proxy reads it, the
 * monitor and getPayloadOrUnavailable write it): no import beyond the pure policy, so the proxy
 * stays small.
 */
const KEY = Symbol.for('portail.availability')
const store = (): Store =>
  ((globalThis as Record<symbol, unknown>)[KEY] ??= {
    ...INITIAL_AVAILABILITY,
    nextProbeAt: 0,
    payloadReady: false,
    monitored: false,
  }) as Store

export const currentAvailability = (): Readonly<Store> => ({ ...store() })

/** Records a probe of the database (or an attempt to start Payload) and when to probe next. */
export function recordProbe(ok: boolean, now = Date.now()): AvailabilityState {
  const next = afterProbe(store(), ok)
  Object.assign(store(), next, { nextProbeAt: now + nextProbeSeconds(next) * 1000 })
  return next
}

/** The availability monitor runs in this process (a server): until its first probe, requests wait for it. */
export function markMonitored(): void {
  store().monitored = true
}

export function markPayloadReady(): void {
  store().payloadReady = true
}

/** Whole seconds until the next probe, at least 1: the `Retry-After` of a 503. */
export function retryAfterSeconds(now = Date.now()): number {
  return Math.max(1, Math.ceil((store().nextProbeAt - now) / 1000))
}

/**
 * While the instance's monitor is still `starting` it (the first attempt to start Payload under
 * way, usually under a second), waits for its outcome, at most `timeoutMs`, so that the first requests get the
 * real answer (a page, or the 503) instead of racing the start.
 */
export async function settledAvailability(timeoutMs = 5_000, stepMs = 25): Promise<Readonly<Store>> {
  const deadline = Date.now() + timeoutMs
  while (store().monitored && store().state === 'starting' && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, stepMs))
  return currentAvailability()
}
