import { describe, expect, it } from 'vitest'

import { type GiftForReceipt, counterpartWithinAllowance, decideReceipt } from './decision'

const gift = (extra: Partial<GiftForReceipt> = {}): GiftForReceipt => ({
  status: 'paid',
  source: 'donor',
  wantsReceipt: true,
  overflow: false,
  donorType: 'individual',
  amountCents: 10_000,
  counterpartValueCents: null,
  projectStatus: 'succeeded',
  projectStructure: { id: 1, eligible: true },
  fundHolder: { id: 9, eligible: true },
  ...extra,
})

describe('decideReceipt', () => {
  it('issues a paid gift of a succeeded campaign from its structure, on the individuals’ form', () => {
    expect(decideReceipt(gift())).toEqual({ action: 'issue', issuerId: 1, form: 'cerfa_11580' })
    expect(decideReceipt(gift({ projectStatus: 'funds_released', donorType: 'company' }))).toEqual({
      action: 'issue',
      issuerId: 1,
      form: 'cerfa_16216',
    })
  })
  it('issues a gift moved to the solidarity fund from the fund’s holder', () => {
    expect(decideReceipt(gift({ status: 'reallocated', projectStatus: 'failed' }))).toEqual({
      action: 'issue',
      issuerId: 9,
      form: 'cerfa_11580',
    })
  })
  it.each([
    ['a refunded gift', { status: 'refunded', projectStatus: 'failed' }, 'remboursé'],
    ['a gift of a collecting campaign', { projectStatus: 'collecting' }, 'pas définitif'],
    ['a gift of a settling campaign', { projectStatus: 'settling' }, 'pas définitif'],
    ['a paid gift of a failed campaign, awaiting the donor’s choice', { projectStatus: 'failed' }, 'pas définitif'],
    ['a pending gift', { status: 'pending' }, 'pas définitif'],
    ['a gift paid late past the optimum', { overflow: true }, 'pas définitif'],
    ['a top-up', { source: 'solidarity' }, 'abondement'],
    ['a gift without request', { wantsReceipt: false }, 'pas demandé'],
    ['a structure not eligible', { projectStructure: { id: 1, eligible: false } }, 'pas habilitée'],
    ['a project without structure', { projectStructure: null }, 'pas de structure'],
    ['a fund without holder', { status: 'reallocated', fundHolder: null }, 'fonds solidaire'],
    [
      'a gift imported from the former platform, of a succeeded campaign',
      { imported: true, projectStatus: 'archived' },
      'ancienne plateforme',
    ],
    [
      'a gift imported from the former platform, moved to the fund',
      { imported: true, status: 'reallocated' },
      'ancienne plateforme',
    ],
  ] as const)('refuses %s', (_, extra, words) => {
    const decision = decideReceipt(gift(extra as Partial<GiftForReceipt>))
    expect(decision.action).toBe('refuse')
    expect(decision.action === 'refuse' && decision.reason).toContain(words)
  })
  it('flags a counterpart worth more than the allowance instead of issuing', () => {
    expect(
      decideReceipt(gift({ donorType: 'company', amountCents: 100_000, counterpartValueCents: 25_001 })),
    ).toMatchObject({ action: 'flag', issuerId: 1 })
    expect(
      decideReceipt(gift({ donorType: 'company', amountCents: 100_000, counterpartValueCents: 25_000 })),
    ).toMatchObject({ action: 'issue' })
  })
})

describe('counterpartWithinAllowance', () => {
  it('tolerates 25 % of the gift, and for individuals at most 73 €', () => {
    expect(counterpartWithinAllowance('individual', 20_000, 5_000)).toBe(true)
    expect(counterpartWithinAllowance('individual', 40_000, 7_301)).toBe(false)
    expect(counterpartWithinAllowance('company', 40_000, 10_000)).toBe(true)
    expect(counterpartWithinAllowance('company', 40_000, 10_001)).toBe(false)
    expect(counterpartWithinAllowance('company', 40_000, null)).toBe(true)
  })
})
