import { describe, expect, it } from 'vitest'

import { giftProblem as rawGiftProblem, needsAdminApproval, openAmountCents } from './rules'

/** Intl puts narrow no-break spaces in amounts: compare with plain spaces. */
const giftProblem = (...args: Parameters<typeof rawGiftProblem>) => {
  const problem = rawGiftProblem(...args)
  return problem && { ...problem, message: problem.message.replace(/\s/g, ' ') }
}

const project = { status: 'collecting', stopAtOptimum: true, optimumGoalCents: 200_000, collectedCents: 150_000, reservedCents: 20_000 }

describe('openAmountCents', () => {
  it('is the optimum minus what is paid and what is being paid', () => expect(openAmountCents(project)).toBe(30_000))
  it('is unlimited without stop at the optimum', () => expect(openAmountCents({ ...project, stopAtOptimum: false })).toBeNull())
  it('never goes below zero', () => expect(openAmountCents({ ...project, collectedCents: 210_000 })).toBe(0))
})

describe('giftProblem', () => {
  it('accepts 10 € and up to the open amount', () => {
    expect(giftProblem(1_000, project)).toBeNull()
    expect(giftProblem(30_000, project)).toBeNull()
  })
  it('refuses below 10 €, fractions of a cent and absurd amounts', () => {
    expect(giftProblem(999, project)?.message).toBe('Le don minimum est de 10 €.')
    expect(giftProblem(1000.5, project)?.path).toBe('amountCents')
    expect(giftProblem(-5_000, project)?.path).toBe('amountCents')
    expect(giftProblem(10_000_001, { ...project, stopAtOptimum: false })?.message).toMatch(/écrivez-nous/)
  })
  it('refuses a gift past the optimum, saying the amount still open', () => {
    expect(giftProblem(30_001, project)?.message).toBe('Ce projet n’a plus besoin que de 300 € pour atteindre son objectif : donnez 300 € au plus.')
  })
  it('says when nothing is open any more', () => {
    expect(giftProblem(1_000, { ...project, collectedCents: 200_000, reservedCents: 0 })?.message).toMatch(/atteint son objectif/)
    expect(giftProblem(1_000, { ...project, collectedCents: 199_500, reservedCents: 0 })?.message).toBe('Il ne manque que 5 € à ce projet, moins que le don minimum : il ne reçoit plus de dons.')
  })
  it('refuses any gift unless the project is collecting', () => {
    for (const status of ['scheduled', 'settling', 'succeeded', 'draft']) expect(giftProblem(5_000, { ...project, status })?.path).toBe('project')
  })
})

describe('needsAdminApproval', () => {
  it('starts above 10,000 €', () => {
    expect(needsAdminApproval(1_000_000)).toBe(false)
    expect(needsAdminApproval(1_000_001)).toBe(true)
  })
})
