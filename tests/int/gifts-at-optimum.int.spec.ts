import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '@/services/db/close-payload'
import { applyPaymentEvent } from '@/services/donations/apply-payment-event'
import { confirmPayment } from '@/services/donations/confirm-payment'
import { createDonation } from '@/services/donations/create-donation'
import { checkPayloadLedger } from '@/services/donations/ledger-check'
import { testProvider } from '@/services/payments/provider'

import { createProjectIn, createUser, testPayload } from '../helpers/factories'
import { giftInput, givePaid, paidEvent } from '../helpers/gifts'
import { outboxMessages } from '../helpers/outbox'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

const projectOf = (id: number) => payload.findByID({ collection: 'projects', id, depth: 0 })

describe('concurrent gifts at the optimum', () => {
  it('200 gifts at once on a project 176 gifts from its optimum: exactly 176 accepted, paid to the cent, never one over', async () => {
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 100_000,
      optimumGoalCents: 400_000,
    })
    await givePaid(payload, project.id, 48_000)
    // 352,000 c of room: 176 gifts of 20 €, from 200 donors at the same instant.
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        createDonation(payload, { projectId: project.id, gift: giftInput(2_000), provider: testProvider }),
      ),
    )
    const accepted = results.flatMap((r) => (r.ok ? [r.donationId] : []))
    const refused = results.flatMap((r) => (r.ok ? [] : [r.errors.amount]))
    expect(accepted).toHaveLength(176)
    expect(refused).toHaveLength(24)
    for (const message of refused) expect(message).toMatch(/en cours de paiement|atteint son objectif/)

    // Every accepted gift is paid, all at once: each one fits, none is set aside.
    const paid = await Promise.all(accepted.map((id) => applyPaymentEvent(payload, paidEvent(id))))
    expect(paid.filter((r) => r.outcome === 'applied')).toHaveLength(176)
    expect(paid.filter((r) => r.outcome === 'overflow')).toHaveLength(0)
    expect(await projectOf(project.id)).toMatchObject({ collectedCents: 400_000, donorCount: 177 })
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })

  it('a confirmation that no longer fits (paid by others meanwhile) is set aside to refund, never counted', async () => {
    const project = await createProjectIn(payload, 'collecting', { minimumGoalCents: 5_000, optimumGoalCents: 10_000 })
    const first = await createDonation(payload, {
      projectId: project.id,
      gift: giftInput(8_000),
      provider: testProvider,
    })
    if (!first.ok) throw new Error('refused')
    // Its checkout expires unpaid: its place is freed and taken by another donor, who pays.
    await applyPaymentEvent(payload, { ...paidEvent(first.donationId), type: 'expired' })
    await givePaid(payload, project.id, 10_000)
    expect(await projectOf(project.id)).toMatchObject({ status: 'settling', collectedCents: 10_000 })
    // Then the first donor's payment arrives after all.
    expect(await confirmPayment(payload, paidEvent(first.donationId))).toMatchObject({ outcome: 'overflow' })
    expect(await projectOf(project.id)).toMatchObject({ collectedCents: 10_000, donorCount: 1 })
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })
})

const give = (projectId: number, amountCents: number, email: string, now?: Date) =>
  createDonation(payload, { projectId, gift: giftInput(amountCents, { email }), provider: testProvider, now })
const refusal = (result: Awaited<ReturnType<typeof give>>) =>
  result.ok ? null : Object.values(result.errors)[0].replace(/\s/g, ' ')

describe('solidarity fund top-ups racing gifts', () => {
  it('see every gift committed while they waited for the project: paid and being paid never pass the optimum', async () => {
    const admin = await createUser(payload, ['admin'])
    const asAdmin = { user: { ...admin, collection: 'users' }, overrideAccess: false, depth: 0 } as const
    await payload.create({
      collection: 'fund-movements',
      data: { kind: 'grant', amountCents: 500_000, partner: 'Fondation de test' },
      ...(asAdmin as object),
    })
    const project = await createProjectIn(payload, 'collecting', {
      courteEchelle: true,
      minimumGoalCents: 50_000,
      optimumGoalCents: 100_000,
    })
    const gifts = Array.from({ length: 40 }, () =>
      createDonation(payload, { projectId: project.id, gift: giftInput(2_000), provider: testProvider }),
    )
    const topUps = Array.from({ length: 10 }, () =>
      payload
        .create({
          collection: 'fund-movements',
          data: { kind: 'top_up', project: project.id, amountCents: 5_000 },
          ...(asAdmin as object),
        })
        .then(
          () => true,
          () => false,
        ),
    )
    const [given, toppedUp] = await Promise.all([Promise.all(gifts), Promise.all(topUps)])
    const accepted = given.flatMap((r) => (r.ok ? [r.donationId] : []))
    const collected = (await projectOf(project.id)).collectedCents ?? 0
    expect(collected).toBe(toppedUp.filter(Boolean).length * 5_000)
    expect(collected + accepted.length * 2_000).toBeLessThanOrEqual(100_000)
    const paid = await Promise.all(accepted.map((id) => applyPaymentEvent(payload, paidEvent(id))))
    expect(paid.filter((r) => r.outcome === 'overflow')).toHaveLength(0)
    expect((await projectOf(project.id)).collectedCents).toBeLessThanOrEqual(100_000)
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })
})

describe('a pending gift cannot block a campaign', () => {
  it('one visitor’s unpaid gifts of everything left never make other donors read the campaign as full', async () => {
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 100_000,
      optimumGoalCents: 200_000,
    })
    await givePaid(payload, project.id, 100_000)
    // 1,000 € left: a visitor "gives" all of it and never pays.
    const intruder = 'intrus@example.org'
    expect(await give(project.id, 100_000, intruder)).toMatchObject({ ok: true })
    // The same visitor cannot add more, the others can still give half of what is left.
    expect(refusal(await give(project.id, 10_000, intruder))).toMatch(/^Vos dons en attente de paiement \(1 000 €\)/)
    expect(refusal(await give(project.id, 60_000, 'donatrice@example.org'))).toBe(
      'Des dons en cours de paiement réservent 500 € des 1 000 € qui manquent : donnez 500 € au plus.',
    )
    // More addresses, each "giving" whatever it is offered, block no more than that half.
    for (const n of [2, 3, 4, 5])
      expect(await give(project.id, 50_000, `intrus${n}@example.org`)).toMatchObject({ ok: true })
    const firstDonor = await give(project.id, 20_000, 'donatrice@example.org')
    expect(firstDonor).toMatchObject({ ok: true })
    const secondDonor = await give(project.id, 30_000, 'donateur@example.org')
    expect(secondDonor).toMatchObject({ ok: true })
    for (const gift of [firstDonor, secondDonor])
      if (gift.ok)
        expect(await confirmPayment(payload, paidEvent(gift.donationId))).toMatchObject({ outcome: 'applied' })
    // While the visitor's gifts hold, half of what is left stays open to the others…
    expect(await projectOf(project.id)).toMatchObject({ status: 'collecting', collectedCents: 150_000 })
    expect(refusal(await give(project.id, 50_000, 'troisieme@example.org'))).toBe(
      'Des dons en cours de paiement réservent 250 € des 500 € qui manquent : donnez 250 € au plus.',
    )
    // …and once their checkouts end (30 minutes), the rest: the campaign reaches its optimum and closes.
    const last = await give(project.id, 50_000, 'troisieme@example.org', new Date(Date.now() + 31 * 60_000))
    if (!last.ok) throw new Error(JSON.stringify(last.errors))
    expect(await confirmPayment(payload, paidEvent(last.donationId))).toMatchObject({
      outcome: 'applied',
      reachedOptimum: true,
    })
    expect(await projectOf(project.id)).toMatchObject({ status: 'settling', collectedCents: 200_000 })
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })

  it('a provisional gift paid first never takes the place of a firm one: it is set aside, the firm one counts', async () => {
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 50_000,
      optimumGoalCents: 100_000,
    })
    const firm = await give(project.id, 50_000, 'a@example.org') // half of what is open: a firm place
    const big = await give(project.id, 50_000, 'b@example.org') // all that is left: provisional
    const small = await give(project.id, 25_000, 'c@example.org') // provisional too, within the half left to others
    if (!firm.ok || !big.ok || !small.ok) throw new Error('refused')
    const provisionalOf = async (id: number) =>
      (await payload.findByID({ collection: 'donations', id, depth: 0 })).provisional
    expect([
      await provisionalOf(firm.donationId),
      await provisionalOf(big.donationId),
      await provisionalOf(small.donationId),
    ]).toEqual([false, true, true])
    expect(await applyPaymentEvent(payload, paidEvent(small.donationId))).toMatchObject({ outcome: 'applied' })
    expect(await applyPaymentEvent(payload, paidEvent(big.donationId))).toMatchObject({ outcome: 'overflow' })
    expect(await applyPaymentEvent(payload, paidEvent(firm.donationId))).toMatchObject({ outcome: 'applied' })
    expect(await projectOf(project.id)).toMatchObject({ collectedCents: 75_000, donorCount: 2 })
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })

  it('an unpaid checkout stops holding its place when it ends, before the campaign job sweeps it', async () => {
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 50_000,
      optimumGoalCents: 100_000,
    })
    expect(await give(project.id, 50_000, 'a@example.org', new Date(Date.now() - 31 * 60_000))).toMatchObject({
      ok: true,
    })
    expect(await give(project.id, 100_000, 'b@example.org')).toMatchObject({ ok: true })
  })

  it('a bank transfer of more than half of what is left is told its place is not reserved (it holds 10 days)', async () => {
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 50_000,
      optimumGoalCents: 100_000,
    })
    const email = `virement-${project.id}@example.org`
    const result = await createDonation(payload, {
      projectId: project.id,
      gift: giftInput(60_000, { email, paymentMethod: 'transfer' }),
      provider: testProvider,
    })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(await payload.findByID({ collection: 'donations', id: result.donationId, depth: 0 })).toMatchObject({
      provisional: true,
      status: 'pending',
    })
    await payload.jobs.run({ limit: 1000 })
    expect(outboxMessages().find((m) => m.includes(email))).toContain('sa place n’est pas réservée')
  })

  it('one address has at most three gifts waiting for payment on a project', async () => {
    const project = await createProjectIn(payload, 'collecting')
    for (let i = 0; i < 3; i++)
      expect(await give(project.id, 2_000, 'insistant@example.org')).toMatchObject({ ok: true })
    expect(await give(project.id, 2_000, 'INSISTANT@example.org')).toMatchObject({
      ok: false,
      errors: { email: expect.stringContaining('déjà 3 dons en attente de paiement') },
    })
    expect(await give(project.id, 2_000, 'autre@example.org')).toMatchObject({ ok: true })
  })
})

describe('the giving form’s project', () => {
  it('is a page that does not exist when its id is not a project’s: never a server error', async () => {
    for (const projectId of [Number.NaN, -1, 0, 1.5, 99_999_999_999, 2_147_483_647]) {
      expect(
        await createDonation(payload, { projectId, gift: giftInput(2_000), provider: testProvider }),
      ).toMatchObject({ ok: false, notFound: true })
    }
  })
})
