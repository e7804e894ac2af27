import { describe, expect, it } from 'vitest'

import { publicDonor } from './public-donor'

const gift = {
  display: 'name' as const,
  hideAmount: false,
  donorType: 'individual' as const,
  firstName: 'Damien',
  lastName: 'martin',
  companyName: null,
  amountCents: 3_000,
  paidAt: '2026-11-20T10:00:00Z',
}

describe('publicDonor', () => {
  it('shows a person’s first name and initial, with the amount', () =>
    expect(publicDonor(gift)).toEqual({ name: 'Damien M.', amountCents: 3_000, paidAt: gift.paidAt }))
  it('hides the name of an anonymous donor', () =>
    expect(publicDonor({ ...gift, display: 'anonymous' }).name).toBe('Anonyme'))
  it('hides the amount when asked', () => expect(publicDonor({ ...gift, hideAmount: true }).amountCents).toBeNull())
  it('shows a company’s name', () =>
    expect(publicDonor({ ...gift, donorType: 'company', companyName: 'Boulangerie Martin' }).name).toBe(
      'Boulangerie Martin',
    ))
  it('falls back to "Anonyme" without a name', () =>
    expect(publicDonor({ ...gift, firstName: ' ', lastName: null }).name).toBe('Anonyme'))
})
