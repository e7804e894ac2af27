import { describe, expect, it } from 'vitest'

import { grantProblem, topUpProblem } from './solidarity-fund'

const project = {
  status: 'collecting',
  courteEchelle: true,
  optimumGoalCents: 200_000,
  collectedCents: 150_000,
  reservedCents: 10_000,
}

describe('topUpProblem', () => {
  it('accepts a top-up within the balance and the room left under the optimum (pending gifts hold their place)', () => {
    expect(topUpProblem(40_000, 40_000, project)).toBeNull()
  })
  it.each([
    ['zero', 0, 100_000, project, 'amountCents'],
    ['a fraction of a cent', 10.5, 100_000, project, 'amountCents'],
    ['no project', 1_000, 100_000, null, 'project'],
    ['a project without the label', 1_000, 100_000, { ...project, courteEchelle: false }, 'project'],
    ['a project not collecting', 1_000, 100_000, { ...project, status: 'settling' }, 'project'],
    ['a project without optimum', 1_000, 100_000, { ...project, optimumGoalCents: null }, 'project'],
    ['past the optimum', 40_001, 100_000, project, 'amountCents'],
    ['beyond the balance', 30_000, 29_999, project, 'amountCents'],
  ] as const)('refuses %s', (_, amount, balance, target, path) => {
    expect(topUpProblem(amount, balance, target)?.path).toBe(path)
  })
  it('says how much the balance allows', () => {
    expect(topUpProblem(30_000, 29_999, project)?.message.replace(/\s/g, ' ')).toBe(
      'Le solde du fonds solidaire est de 299,99 € : abondez de ce montant au plus.',
    )
  })
})

describe('grantProblem', () => {
  it('wants a positive amount and a partner', () => {
    expect(grantProblem(2_000_000, 'Fondation')).toBeNull()
    expect(grantProblem(-5, 'Fondation')?.path).toBe('amountCents')
    expect(grantProblem(100, '  ')?.path).toBe('partner')
  })
})
