import { describe, expect, it } from 'vitest'

import { DONATION_STATUSES, assertDonationMove, canMoveDonation } from './status'

const ALLOWED = new Set([
  'pending>paid',
  'pending>failed',
  'pending>expired',
  'expired>paid',
  'paid>refunded',
  'paid>reallocated',
])

describe('canMoveDonation', () => {
  for (const from of DONATION_STATUSES) {
    for (const to of DONATION_STATUSES) {
      const allowed = ALLOWED.has(`${from}>${to}`)
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => expect(canMoveDonation(from, to)).toBe(allowed))
    }
  }
})

describe('assertDonationMove', () => {
  it('lets an allowed move through', () => expect(() => assertDonationMove('pending', 'paid')).not.toThrow())
  it('throws on a refused move (a paid gift back to pending, a refunded one paid again)', () => {
    expect(() => assertDonationMove('paid', 'pending')).toThrow('A gift cannot move from paid to pending')
    expect(() => assertDonationMove('refunded', 'paid')).toThrow()
  })
})
