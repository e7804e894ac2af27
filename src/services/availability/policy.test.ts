import { describe, expect, it } from 'vitest'

import { type AvailabilityState, INITIAL_AVAILABILITY, afterProbe, nextProbeSeconds } from './policy'

const run = (probes: boolean[], from: AvailabilityState = INITIAL_AVAILABILITY) => probes.reduce(afterProbe, from)

describe('afterProbe', () => {
  it.each([
    ['a database that answers at start', [true], { state: 'available', failures: 0 }],
    ['a database down at start: unavailable at once', [false], { state: 'unavailable', failures: 1 }],
    ['still down', [false, false, false], { state: 'unavailable', failures: 3 }],
    ['back after an outage at start', [false, false, true], { state: 'available', failures: 0 }],
    ['one failed probe once available: still available', [true, false], { state: 'available', failures: 1 }],
    ['two in a row once available: unavailable', [true, false, false], { state: 'unavailable', failures: 2 }],
    ['a failure between two successes is forgotten', [true, false, true, false], { state: 'available', failures: 1 }],
  ] as const)('%s', (_case, probes, expected) => expect(run([...probes])).toEqual(expected))
})

describe('nextProbeSeconds', () => {
  it.each([
    [{ state: 'starting', failures: 0 }, 5],
    [{ state: 'available', failures: 0 }, 5],
    [{ state: 'available', failures: 1 }, 1], // confirm a failure quickly
    [{ state: 'unavailable', failures: 1 }, 1],
    [{ state: 'unavailable', failures: 2 }, 2],
    [{ state: 'unavailable', failures: 3 }, 4],
    [{ state: 'unavailable', failures: 5 }, 16],
    [{ state: 'unavailable', failures: 6 }, 30],
    [{ state: 'unavailable', failures: 60 }, 30],
  ] as const)('%o: %i s', (state, seconds) => expect(nextProbeSeconds(state)).toBe(seconds))
})
