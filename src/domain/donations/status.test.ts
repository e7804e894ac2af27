import { describe, expect, it } from 'vitest'

import { DONATION_STATUSES, canMoveDonation } from './status'

const ALLOWED = new Set(['pending>paid', 'pending>failed', 'pending>expired', 'expired>paid', 'paid>refunded', 'paid>reallocated'])

describe('canMoveDonation', () => {
  for (const from of DONATION_STATUSES) {
    for (const to of DONATION_STATUSES) {
      const allowed = ALLOWED.has(`${from}>${to}`)
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => expect(canMoveDonation(from, to)).toBe(allowed))
    }
  }
})
