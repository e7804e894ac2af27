import { describe, expect, it } from 'vitest'

import { type Hold, isProvisional, pendingGiftsOf, roomFor } from './holds'

const firm = (holder: string, amountCents: number): Hold => ({ holder, amountCents, provisional: false })
const provisional = (holder: string, amountCents: number): Hold => ({ holder, amountCents, provisional: true })

describe('roomFor (optimum 2,000 €, 1,000 € paid: 1,000 € of room)', () => {
  it.each<[string, Hold[], string | null, { heldCents: number; ownCents: number; openCents: number }]>([
    ['nothing pending', [], 'me@x.fr', { heldCents: 0, ownCents: 0, openCents: 100_000 }],
    [
      'firm gifts count in full, for everyone',
      [firm('a@x.fr', 30_000), firm('b@x.fr', 20_000)],
      'me@x.fr',
      { heldCents: 50_000, ownCents: 0, openCents: 50_000 },
    ],
    [
      'one unpaid gift of the whole room blocks half of it for the others',
      [provisional('a@x.fr', 100_000)],
      'me@x.fr',
      { heldCents: 50_000, ownCents: 0, openCents: 50_000 },
    ],
    [
      '…and for a visitor or a top-up',
      [provisional('a@x.fr', 100_000)],
      null,
      { heldCents: 50_000, ownCents: 0, openCents: 50_000 },
    ],
    [
      '…but all of it for its own donor',
      [provisional('a@x.fr', 100_000)],
      'a@x.fr',
      { heldCents: 100_000, ownCents: 100_000, openCents: 0 },
    ],
    [
      'several provisional gifts, from several addresses, still block half',
      [provisional('a@x.fr', 100_000), provisional('b@x.fr', 50_000), provisional('c@x.fr', 50_000)],
      'me@x.fr',
      { heldCents: 50_000, ownCents: 0, openCents: 50_000 },
    ],
    [
      'provisional gifts block half of what firm gifts leave',
      [firm('a@x.fr', 60_000), provisional('b@x.fr', 40_000)],
      'me@x.fr',
      { heldCents: 80_000, ownCents: 0, openCents: 20_000 },
    ],
    [
      'small provisional gifts below the share count in full',
      [firm('a@x.fr', 60_000), provisional('b@x.fr', 10_000)],
      'me@x.fr',
      { heldCents: 70_000, ownCents: 0, openCents: 30_000 },
    ],
    [
      'own firm and provisional gifts both count',
      [firm('me@x.fr', 10_000), provisional('me@x.fr', 45_000), provisional('b@x.fr', 90_000)],
      'me@x.fr',
      { heldCents: 100_000, ownCents: 55_000, openCents: 0 },
    ],
  ])('%s', (_, holds, holder, expected) =>
    expect(roomFor(200_000, 100_000, holds, holder)).toEqual({ roomCents: 100_000, ...expected }),
  )

  it('rounds the provisional share down, in cents', () =>
    expect(roomFor(200_001, 100_000, [provisional('a@x.fr', 100_001)], null)).toMatchObject({
      heldCents: 50_000,
      openCents: 50_001,
    }))
  it('has no room once the optimum is paid, whatever is pending', () =>
    expect(roomFor(200_000, 200_000, [firm('a@x.fr', 5_000)], null)).toEqual({
      roomCents: 0,
      heldCents: 5_000,
      ownCents: 0,
      openCents: 0,
    }))
  it('never goes below zero when firm gifts exceed the room (paid past it by others)', () =>
    expect(roomFor(200_000, 150_000, [firm('a@x.fr', 80_000)], null)).toMatchObject({
      roomCents: 50_000,
      openCents: 0,
    }))
})

describe('isProvisional', () => {
  it.each([
    [50_000, 100_000, false],
    [50_001, 100_000, true],
    [100_000, 100_000, true],
    [1_000, 1_999, true],
    [1_000, 2_000, false],
  ])('%i c with %i c open → %s', (amount, open, expected) => expect(isProvisional(amount, open)).toBe(expected))
})

describe('pendingGiftsOf', () => {
  it('counts one address’s gifts', () =>
    expect(pendingGiftsOf([firm('a@x.fr', 1), provisional('a@x.fr', 1), firm('b@x.fr', 1)], 'a@x.fr')).toBe(2))
})
