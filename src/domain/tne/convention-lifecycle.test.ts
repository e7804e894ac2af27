import { describe, expect, it } from 'vitest'

import {
  type ConventionStatus,
  decideConventionTransition,
  frozenFieldChanges,
  nextConventionStatuses,
} from './convention-lifecycle'

const complete = {
  hasSignedFile: true,
  signatureDate: '2023-03-01',
  amountCents: 500_000,
  periodStart: '2023-01-01',
  periodEnd: '2023-12-31',
}

describe('decideConventionTransition', () => {
  it.each([
    ['draft', 'sent'],
    ['sent', 'signed'],
    ['signed', 'active'],
    ['active', 'closed'],
    ['draft', 'terminated'],
    ['sent', 'terminated'],
    ['signed', 'terminated'],
    ['active', 'terminated'],
  ] as [ConventionStatus, ConventionStatus][])('%s → %s is allowed', (from, to) => {
    expect(decideConventionTransition(from, to, complete)).toEqual({ ok: true })
  })

  it.each([
    ['sent', 'draft'],
    ['signed', 'sent'],
    ['active', 'signed'],
    ['closed', 'active'],
    ['terminated', 'draft'],
    ['draft', 'signed'],
    ['draft', 'active'],
    ['closed', 'terminated'],
    ['draft', 'draft'],
  ] as [ConventionStatus, ConventionStatus][])(
    '%s → %s does not exist (no going backwards, no skipping)',
    (from, to) => {
      expect(decideConventionTransition(from, to, complete)).toMatchObject({ ok: false, code: 'no_such_transition' })
    },
  )

  it('says which states it refuses, in French', () => {
    expect(decideConventionTransition('signed', 'sent', complete)).toEqual({
      ok: false,
      code: 'no_such_transition',
      message: 'Une convention ne peut pas passer de « Signée » à « Envoyée au partenaire ».',
    })
  })

  it('needs the signed PDF and the signature date to be signed', () => {
    expect(
      decideConventionTransition('sent', 'signed', { ...complete, hasSignedFile: false, signatureDate: null }),
    ).toEqual({
      ok: false,
      code: 'incomplete',
      errors: [
        { path: 'signedFile', message: 'Déposez la convention signée (PDF) avant de la marquer signée.' },
        { path: 'signatureDate', message: 'Indiquez la date de signature.' },
      ],
    })
  })

  it('needs an amount and a period to be sent', () => {
    expect(decideConventionTransition('draft', 'sent', { ...complete, amountCents: 0, periodEnd: null })).toMatchObject(
      {
        ok: false,
        errors: [{ path: 'amountCents' }, { path: 'periodStart' }],
      },
    )
  })

  it('offers the moves forward only', () => {
    expect(nextConventionStatuses('draft')).toEqual(['sent', 'terminated'])
    expect(nextConventionStatuses('closed')).toEqual([])
  })
})

describe('frozenFieldChanges', () => {
  const before = {
    partner: 3,
    kind: 'partnership',
    amountCents: 500_000,
    signatureDate: '2023-03-01T00:00:00.000Z',
    signedFile: 8,
    object: 'Ateliers',
  }
  it('lets a draft change anything', () => {
    expect(frozenFieldChanges('draft', before, { amountCents: 1 })).toEqual([])
  })
  it('lists the fixed fields an update to a signed convention would change, not the others', () => {
    expect(
      frozenFieldChanges('active', before, { ...before, partner: { id: 3 }, amountCents: 600_000, object: 'Autre' }),
    ).toEqual(['amountCents'])
    expect(frozenFieldChanges('closed', before, { signatureDate: '2023-03-01T00:00:00Z', signedFile: 9 })).toEqual([
      'signedFile',
    ])
  })
})
