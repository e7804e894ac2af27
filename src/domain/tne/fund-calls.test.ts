import { describe, expect, it } from 'vitest'

import { decideFundCallRequest, decideFundCallTransition, remainingCents } from './fund-calls'

const budget = { status: 'active' as const, amountCents: 1_000_000, committedCents: 600_000 }
const coordinator = { id: 2, isAdmin: false, coordinatesTerritory: true }
const requested = { status: 'requested' as const, amountCents: 400_000, requestedBy: 1 }

describe('remainingCents', () => {
  it('is the amount less the approved and paid calls, never negative', () => {
    expect(remainingCents(budget)).toBe(400_000)
    expect(remainingCents({ amountCents: 100, committedCents: 300 })).toBe(0)
  })
})

describe('decideFundCallRequest', () => {
  it.each([
    [400_000, { ok: true }],
    [
      400_001,
      {
        ok: false,
        status: 400,
        path: 'amountCents',
        message: expect.stringMatching(
          /^Le montant dépasse ce qui reste à appeler sur la convention : 4\s000,00\s€\.$/,
        ),
      },
    ],
    [0, { ok: false, status: 400, path: 'amountCents' }],
    [12.5, { ok: false, status: 400, path: 'amountCents' }],
  ])('%d cents → %j', (amount, expected) => {
    expect(decideFundCallRequest(budget, amount)).toMatchObject(expected)
  })

  it('only on a signed or active convention', () => {
    expect(decideFundCallRequest({ ...budget, status: 'signed' }, 1)).toEqual({ ok: true })
    for (const status of ['draft', 'sent', 'closed', 'terminated'] as const) {
      expect(decideFundCallRequest({ ...budget, status }, 1)).toMatchObject({
        ok: false,
        status: 409,
        path: 'convention',
      })
    }
  })
})

describe('decideFundCallTransition', () => {
  it('a second person approves up to what remains, exactly', () => {
    expect(decideFundCallTransition(requested, 'approved', coordinator, budget)).toEqual({ ok: true })
    expect(
      decideFundCallTransition({ ...requested, amountCents: 400_001 }, 'approved', coordinator, budget),
    ).toMatchObject({ ok: false, status: 409, path: 'amountCents' })
  })

  it('the requester may neither approve nor reject their own call, even as admin', () => {
    const self = { id: 1, isAdmin: true, coordinatesTerritory: false }
    expect(decideFundCallTransition(requested, 'approved', self, budget)).toEqual({
      ok: false,
      status: 403,
      message: 'Un appel de fonds est approuvé ou refusé par une autre personne que celle qui l’a demandé.',
    })
    expect(decideFundCallTransition(requested, 'rejected', self, budget)).toMatchObject({ ok: false, status: 403 })
  })

  it('someone outside the territory may not decide', () => {
    expect(
      decideFundCallTransition(requested, 'approved', { id: 9, isAdmin: false, coordinatesTerritory: false }, budget),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('an approved call is then paid, by anyone entitled, the requester included', () => {
    expect(
      decideFundCallTransition(
        { ...requested, status: 'approved' },
        'paid',
        { id: 1, isAdmin: false, coordinatesTerritory: true },
        { ...budget, committedCents: 1_000_000 },
      ),
    ).toEqual({ ok: true })
  })

  it.each([
    ['requested', 'paid'],
    ['approved', 'requested'],
    ['paid', 'approved'],
    ['rejected', 'approved'],
    ['approved', 'rejected'],
  ] as const)('%s → %s does not exist', (from, to) => {
    expect(decideFundCallTransition({ ...requested, status: from }, to, coordinator, budget)).toMatchObject({
      ok: false,
      status: 409,
    })
  })

  it('no approval once the convention is closed', () => {
    expect(decideFundCallTransition(requested, 'approved', coordinator, { ...budget, status: 'closed' })).toMatchObject(
      { ok: false, status: 409 },
    )
  })
})
