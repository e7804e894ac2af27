import { describe, expect, it } from 'vitest'

import type { Hold } from './holds'
import {
  type CampaignState,
  amountProblem,
  decideGift as rawDecideGift,
  holdEndsAt,
  needsAdminApproval,
  openAmountCents,
} from './rules'

/** Intl puts narrow no-break spaces in amounts: compare with plain spaces. */
const decideGift = (...args: Parameters<typeof rawDecideGift>) => {
  const decision = rawDecideGift(...args)
  return decision.ok ? decision : { ...decision, message: decision.message.replace(/\s/g, ' ') }
}
const messageOf = (...args: Parameters<typeof rawDecideGift>) => {
  const decision = decideGift(...args)
  return decision.ok ? null : decision.message
}

const firm = (holder: string, amountCents: number): Hold => ({ holder, amountCents, provisional: false })
const provisional = (holder: string, amountCents: number): Hold => ({ holder, amountCents, provisional: true })

// 2,000 € optimum, 1,500 € paid, 200 € being paid (firm): 300 € open.
const project: CampaignState = {
  status: 'collecting',
  stopAtOptimum: true,
  optimumGoalCents: 200_000,
  collectedCents: 150_000,
  holds: [firm('a@x.fr', 20_000)],
}
const me = 'moi@x.fr'

describe('openAmountCents', () => {
  it('is the optimum minus what is paid and what is being paid', () => expect(openAmountCents(project)).toBe(30_000))
  it('is unlimited without stop at the optimum, or without an optimum', () => {
    expect(openAmountCents({ ...project, stopAtOptimum: false })).toBeNull()
    expect(openAmountCents({ ...project, optimumGoalCents: null })).toBeNull()
  })
  it('never goes below zero', () => expect(openAmountCents({ ...project, collectedCents: 210_000 })).toBe(0))
  it('counts a donor’s own unpaid gifts in full', () => {
    const held = { ...project, holds: [provisional('a@x.fr', 50_000)] }
    expect(openAmountCents(held)).toBe(25_000)
    expect(openAmountCents(held, 'a@x.fr')).toBe(0)
  })
})

describe('amountProblem', () => {
  it.each([
    [1_000, null],
    [10_000_000, null],
    [999, 'Le don minimum est de 10 €.'],
    [0, 'Le don minimum est de 10 €.'],
    [-5_000, 'Le don minimum est de 10 €.'],
    [10_000_001, 'Le don maximum en ligne est de 100 000 € : pour un don plus important, écrivez-nous.'],
    [1e22, 'Le don maximum en ligne est de 100 000 € : pour un don plus important, écrivez-nous.'],
    [Infinity, 'Le don maximum en ligne est de 100 000 € : pour un don plus important, écrivez-nous.'],
    [Number.NaN, 'Indiquez un montant en euros, au centime près, par exemple 30 ou 25,50.'],
    [1000.5, 'Indiquez un montant en euros, au centime près, par exemple 30 ou 25,50.'],
  ])('%d c → %s', (cents, expected) => expect(amountProblem(cents)?.replace(/\s/g, ' ') ?? null).toBe(expected))
})

describe('decideGift', () => {
  it('accepts 10 € and up to the open amount; firm up to half of it, provisional above', () => {
    expect(decideGift(1_000, project, me)).toEqual({ ok: true, provisional: false })
    expect(decideGift(15_000, project, me)).toEqual({ ok: true, provisional: false })
    expect(decideGift(15_001, project, me)).toEqual({ ok: true, provisional: true })
    expect(decideGift(30_000, project, me)).toEqual({ ok: true, provisional: true })
  })
  it('accepts any amount up to the maximum without stop at the optimum, always firm', () => {
    expect(decideGift(5_000_000, { ...project, stopAtOptimum: false }, me)).toEqual({ ok: true, provisional: false })
  })
  it('refuses below 10 €, fractions of a cent and absurd amounts, on the amount', () => {
    expect(decideGift(999, project, me)).toEqual({
      ok: false,
      path: 'amountCents',
      message: 'Le don minimum est de 10 €.',
    })
    expect(decideGift(1000.5, project, me)).toMatchObject({ ok: false, path: 'amountCents' })
    expect(decideGift(-5_000, project, me)).toMatchObject({ ok: false, path: 'amountCents' })
    expect(messageOf(10_000_001, { ...project, stopAtOptimum: false }, me)).toMatch(/maximum en ligne/)
  })
  it.each<[string, CampaignState, number, string]>([
    [
      'past the optimum, nothing pending',
      { ...project, holds: [] },
      50_001,
      'Ce projet n’a plus besoin que de 500 € pour atteindre son objectif : donnez 500 € au plus.',
    ],
    [
      'past the optimum, gifts being paid',
      project,
      30_001,
      'Des dons en cours de paiement réservent 200 € des 500 € qui manquent : donnez 300 € au plus.',
    ],
    [
      'nothing left: the optimum is paid',
      { ...project, collectedCents: 200_000, holds: [] },
      1_000,
      'Ce projet a atteint son objectif : il ne reçoit plus de dons.',
    ],
    [
      'less than the minimum gift left',
      { ...project, collectedCents: 199_500, holds: [] },
      1_000,
      'Il ne manque que 5 € à ce projet, moins que le don minimum : il ne reçoit plus de dons.',
    ],
    [
      'firm gifts being paid cover the rest',
      { ...project, holds: [firm('a@x.fr', 50_000)] },
      1_000,
      'Des dons en cours de paiement réservent 500 € des 500 € qui manquent : si ces dons ne sont pas réglés, leur place se libère ; revenez plus tard.',
    ],
    [
      'the donor’s own unpaid gift covers the rest',
      { ...project, holds: [provisional(me, 50_000)] },
      1_000,
      'Vos dons en attente de paiement (500 €) réservent 500 € des 500 € qui manquent : si ces dons ne sont pas réglés, leur place se libère ; revenez plus tard.',
    ],
    [
      'own and others’ gifts',
      { ...project, holds: [firm('a@x.fr', 20_000), provisional(me, 20_000)] },
      20_000,
      'Vos dons en attente de paiement (200 €) et ceux d’autres donateurs réservent 400 € des 500 € qui manquent : donnez 100 € au plus.',
    ],
  ])('refuses a gift %s, saying what is still open', (_, state, amount, message) => {
    expect(decideGift(amount, state, me)).toEqual({ ok: false, path: 'amountCents', message })
  })
  it('never reads as full because of one unpaid gift of everything left, nor of several', () => {
    const frozen = { ...project, holds: [provisional('intrus@x.fr', 50_000)] }
    expect(decideGift(25_000, frozen, me)).toEqual({ ok: true, provisional: true })
    const more = {
      ...project,
      holds: [
        provisional('intrus@x.fr', 50_000),
        provisional('intrus2@x.fr', 25_000),
        provisional('intrus3@x.fr', 25_000),
      ],
    }
    expect(openAmountCents(more, me)).toBe(25_000)
  })
  it('refuses a fourth unpaid gift from one address on one project, on the e-mail', () => {
    const three = { ...project, holds: [firm(me, 1_000), firm(me, 1_000), provisional(me, 1_000)] }
    expect(decideGift(1_000, three, me)).toMatchObject({
      ok: false,
      path: 'email',
      message: expect.stringContaining('déjà 3 dons en attente de paiement'),
    })
    expect(decideGift(1_000, three, 'autre@x.fr')).toMatchObject({ ok: true })
  })
  it('refuses any gift unless the project is collecting', () => {
    for (const status of ['scheduled', 'settling', 'succeeded', 'draft'])
      expect(decideGift(5_000, { ...project, status }, me)).toMatchObject({ ok: false, path: 'project' })
  })
})

describe('holdEndsAt', () => {
  const from = new Date('2026-03-01T10:00:00Z')
  it.each([
    ['card', '2026-03-01T10:30:00.000Z'],
    ['sepa_debit', '2026-03-01T10:30:00.000Z'],
    ['transfer', '2026-03-11T10:00:00.000Z'],
    ['debit_in_flight', '2026-03-15T10:00:00.000Z'],
  ] as const)('%s → %s', (stage, expected) => expect(holdEndsAt(stage, from).toISOString()).toBe(expected))
})

describe('needsAdminApproval', () => {
  it('starts above 10,000 €', () => {
    expect(needsAdminApproval(1_000_000)).toBe(false)
    expect(needsAdminApproval(1_000_001)).toBe(true)
  })
})
