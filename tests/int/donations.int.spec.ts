import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GiftInput } from '@/domain/donations/gift-form'
import { closePayload } from '@/services/db/close-payload'
import { applyPaymentEvent, expireStaleGifts } from '@/services/donations/apply-payment-event'
import { confirmPayment } from '@/services/donations/confirm-payment'
import { createDonation } from '@/services/donations/create-donation'
import { changeFailureChoice, giftsOf } from '@/services/donations/donor-gifts'
import { publicDonors } from '@/services/donations/donors'
import { testProvider } from '@/services/payments/provider'

import { createProjectIn, createUser, testPayload, unique } from '../helpers/factories'
import { give as giveHelper, giftInput, paidEvent } from '../helpers/gifts'
import { outboxMessages } from '../helpers/outbox'
import { rest, restRaw, tokenFor } from '../helpers/rest'

let payload: Payload

const gift = giftInput
const give = (projectId: number, amountCents: number, extra: Partial<GiftInput> = {}) =>
  giveHelper(payload, projectId, amountCents, extra)

const projectOf = async (id: number) => payload.findByID({ collection: 'projects', id, depth: 0 })
const donationOf = async (id: number) => payload.findByID({ collection: 'donations', id, depth: 0 })
const paid = paidEvent

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('giving', () => {
  it('records a pending gift and opens the test payment page', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const result = await createDonation(payload, { projectId: project.id, gift: gift(3_000), provider: testProvider })
    expect(result).toMatchObject({
      ok: true,
      checkoutUrl: expect.stringMatching(/\/paiement-test\/\d+\?jeton=/),
      awaitingApproval: false,
    })
    const donation = await donationOf(result.ok ? result.donationId : 0)
    expect(donation).toMatchObject({
      status: 'pending',
      amountCents: 3_000,
      provider: 'test',
      providerSessionId: expect.stringMatching(/^test_/),
      reference: expect.stringMatching(/^DON-/),
    })
  })

  it('refuses below 10 €, outside collecting, and past the optimum with the amount still open; nothing is written', async () => {
    const project = await createProjectIn(payload, 'collecting', { optimumGoalCents: 150_000 })
    const before = (await payload.count({ collection: 'donations' })).totalDocs
    expect(
      await createDonation(payload, { projectId: project.id, gift: gift(999), provider: testProvider }),
    ).toMatchObject({ ok: false, errors: { amount: expect.stringContaining('minimum') } })
    await confirmPayment(payload, paid(await give(project.id, 100_000)))
    const past = await createDonation(payload, { projectId: project.id, gift: gift(60_000), provider: testProvider })
    expect(past.ok ? '' : past.errors.amount.replace(/\s/g, ' ')).toBe(
      'Ce projet n’a plus besoin que de 500 € pour atteindre son objectif : donnez 500 € au plus.',
    )
    const scheduled = await createProjectIn(payload, 'scheduled')
    expect(
      await createDonation(payload, { projectId: scheduled.id, gift: gift(5_000), provider: testProvider }),
    ).toMatchObject({ ok: false, errors: { _form: expect.stringContaining('pas ouverte') } })
    expect((await payload.count({ collection: 'donations' })).totalDocs).toBe(before + 1)
  })

  it('holds gifts above 10,000 € for an admin, without opening a payment', async () => {
    const project = await createProjectIn(payload, 'collecting', { stopAtOptimum: false })
    const result = await createDonation(payload, {
      projectId: project.id,
      gift: gift(1_200_000),
      provider: testProvider,
    })
    expect(result).toMatchObject({ ok: true, checkoutUrl: null, awaitingApproval: true })
  })

  it('keeps donors’ identities out of reach of other users and of the public', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const id = await give(project.id, 2_000)
    expect((await rest('GET', `/donations/${id}`)).status).toBe(403)
    const owner = await payload.findByID({ collection: 'users', id: project.owner as number })
    expect((await rest('GET', `/donations/${id}`, { token: await tokenFor(payload, owner.email) })).status).toBe(404)
    expect(
      (
        await rest('POST', '/donations', {
          token: await tokenFor(payload, owner.email),
          body: { project: project.id, amountCents: 5_000, status: 'paid' },
        })
      ).status,
    ).toBe(403)
  })
})

describe('payment events', () => {
  it('count a payment once, whatever the repeats and the order', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const id = await give(project.id, 4_000)
    const event = paid(id)
    expect(await confirmPayment(payload, event)).toMatchObject({ outcome: 'applied', status: 'paid' })
    expect(await confirmPayment(payload, event)).toEqual({ outcome: 'duplicate' })
    expect(
      await applyPaymentEvent(payload, { ...event, eventId: `evt_${unique('late-fail')}`, type: 'failed' }),
    ).toEqual({ outcome: 'ignored' })
    expect(await applyPaymentEvent(payload, paid(id))).toEqual({ outcome: 'ignored' })
    expect(await projectOf(project.id)).toMatchObject({ collectedCents: 4_000, donorCount: 1 })
    expect(await donationOf(id)).toMatchObject({ status: 'paid' })
    const ledger = await payload.find({ collection: 'ledger-entries', where: { donation: { equals: id } } })
    expect(ledger.docs.map((e) => [e.kind, e.amountCents, e.toAccount])).toEqual([
      ['gift_in', 4_000, `project:${project.id}`],
    ])
  })

  it('move a failed gift to failed, and free its place under the optimum', async () => {
    const project = await createProjectIn(payload, 'collecting', { optimumGoalCents: 110_000 })
    // Half of what is open: a firm place (README, "Gifts at the optimum").
    const first = await give(project.id, 55_000)
    expect(
      (await createDonation(payload, { projectId: project.id, gift: gift(60_000), provider: testProvider })).ok,
    ).toBe(false)
    await applyPaymentEvent(payload, { ...paid(first), type: 'failed' })
    expect(
      (await createDonation(payload, { projectId: project.id, gift: gift(60_000), provider: testProvider })).ok,
    ).toBe(true)
  })

  it('expire gifts whose payment never came, freeing their place; a SEPA debit under way keeps it', async () => {
    const project = await createProjectIn(payload, 'collecting', { optimumGoalCents: 100_000 })
    // Two firm places (each half of what was open), 750 € of the 1,000 € room.
    const abandoned = await give(project.id, 50_000)
    const debit = await give(project.id, 25_000, { paymentMethod: 'sepa_debit' })
    expect(
      await applyPaymentEvent(payload, {
        eventId: `evt_${unique('sepa')}`,
        provider: 'stripe',
        type: 'processing',
        donationId: debit,
      }),
    ).toMatchObject({ outcome: 'applied', status: 'pending' })
    expect(
      (await createDonation(payload, { projectId: project.id, gift: gift(30_000), provider: testProvider })).ok,
    ).toBe(false)
    expect(await expireStaleGifts(payload, new Date(Date.now() + 2 * 3_600_000))).toBeGreaterThanOrEqual(1)
    expect(await donationOf(abandoned)).toMatchObject({ status: 'expired' })
    expect(await donationOf(debit)).toMatchObject({ status: 'pending' })
    expect(
      (await createDonation(payload, { projectId: project.id, gift: gift(30_000), provider: testProvider })).ok,
    ).toBe(true)
  })

  it('keep aside a payment that arrives after its checkout expired and would pass the optimum', async () => {
    const project = await createProjectIn(payload, 'collecting', { optimumGoalCents: 100_000 })
    const late = await give(project.id, 100_000)
    await applyPaymentEvent(payload, { ...paid(late), type: 'expired' })
    const other = await give(project.id, 100_000)
    await confirmPayment(payload, paid(other))
    expect(await applyPaymentEvent(payload, paid(late))).toMatchObject({ outcome: 'overflow' })
    expect(await projectOf(project.id)).toMatchObject({ collectedCents: 100_000, donorCount: 1 })
    expect(await donationOf(late)).toMatchObject({ status: 'paid', overflow: true })
  })

  it('200 concurrent confirmations, each delivered twice, up to the optimum: exact totals, never past it', async () => {
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 100_000,
      optimumGoalCents: 400_000,
      collectedCents: 0,
    })
    const ids: number[] = []
    for (let i = 0; i < 200; i++) ids.push(await give(project.id, 2_000))
    // Every gift confirmed at once, and every confirmation delivered twice.
    const events = ids.map((id) => paid(id))
    const results = await Promise.all([...events, ...events].map((event) => applyPaymentEvent(payload, event)))
    expect(results.filter((r) => r.outcome === 'applied')).toHaveLength(200)
    expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(200)
    expect(results.filter((r) => r.outcome === 'applied' && r.reachedOptimum)).toHaveLength(1)
    const after = await projectOf(project.id)
    expect(after).toMatchObject({ collectedCents: 400_000, donorCount: 200 })
    const ledger = await payload.find({
      collection: 'ledger-entries',
      where: { project: { equals: project.id } },
      limit: 0,
      pagination: false,
    })
    expect(ledger.docs.reduce((sum, e) => sum + e.amountCents, 0)).toBe(400_000)
  })

  it('the confirmation that reaches the optimum moves the campaign to settling', async () => {
    const project = await createProjectIn(payload, 'collecting', { minimumGoalCents: 5_000, optimumGoalCents: 10_000 })
    const a = await give(project.id, 6_000)
    const b = await give(project.id, 4_000)
    await confirmPayment(payload, paid(a))
    expect((await projectOf(project.id)).status).toBe('collecting')
    expect(await confirmPayment(payload, paid(b))).toMatchObject({ reachedOptimum: true })
    expect(await projectOf(project.id)).toMatchObject({ status: 'settling', collectedCents: 10_000 })
  })
})

describe('POST /api/payments/stripe/webhook', () => {
  const secret = 'whsec_integration_tests'
  const post = (body: string, signature?: string) =>
    restRaw('/payments/stripe/webhook', body, signature ? { 'stripe-signature': signature } : {})

  it('refuses a forged or missing signature with 400 and writes nothing', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const id = await give(project.id, 3_000)
    const body = JSON.stringify({
      id: `evt_${unique('forged')}`,
      type: 'checkout.session.completed',
      created: 1,
      object: 'event',
      data: { object: { payment_status: 'paid', metadata: { donationId: String(id) } } },
    })
    const jobsBefore = (await payload.count({ collection: 'payload-jobs' })).totalDocs
    expect(
      (
        await post(
          body,
          new Stripe('sk_test_x').webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_forged' }),
        )
      ).status,
    ).toBe(400)
    expect((await post(body)).status).toBe(400)
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore)
    expect((await donationOf(id)).status).toBe('pending')
  })

  it('queues a signed event, applied once by the jobs queue even when Stripe delivers it twice', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const id = await give(project.id, 3_000)
    const body = JSON.stringify({
      id: `evt_${unique('ok')}`,
      type: 'checkout.session.completed',
      created: 1_800_000_000,
      object: 'event',
      data: { object: { payment_status: 'paid', metadata: { donationId: String(id) }, payment_intent: 'pi_123' } },
    })
    const signature = new Stripe('sk_test_x').webhooks.generateTestHeaderString({ payload: body, secret })
    expect((await post(body, signature)).status).toBe(200)
    expect((await post(body, signature)).status).toBe(200)
    await payload.jobs.run({ limit: 1000 })
    expect(await donationOf(id)).toMatchObject({ status: 'paid', providerPaymentId: 'pi_123' })
    expect(await projectOf(project.id)).toMatchObject({ collectedCents: 3_000, donorCount: 1 })
  })
})

describe('donors on the project', () => {
  it('are listed as they chose (name or anonymous, amount or not); only paid gifts count', async () => {
    const project = await createProjectIn(payload, 'collecting')
    await confirmPayment(payload, paid(await give(project.id, 3_000, { firstName: 'Léa', lastName: 'Durand' })))
    await confirmPayment(payload, paid(await give(project.id, 5_000, { display: 'anonymous', hideAmount: true })))
    await give(project.id, 7_000, { firstName: 'Pas', lastName: 'Payé' })
    const donors = await publicDonors(payload, project.id)
    expect(
      donors.map(({ name, amountCents }) => ({ name, amountCents })).sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual([
      { name: 'Anonyme', amountCents: null },
      { name: 'Léa D.', amountCents: 3_000 },
    ])
  })

  it('who asked for news receive the owner’s news by e-mail; the others do not', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const wants = `${unique('veut')}@example.org`
    const declines = `${unique('refuse')}@example.org`
    await confirmPayment(payload, paid(await give(project.id, 3_000, { email: wants, wantsNews: true })))
    await confirmPayment(payload, paid(await give(project.id, 3_000, { email: declines, wantsNews: false })))
    const owner = await payload.findByID({ collection: 'users', id: project.owner as number })
    await payload.create({
      collection: 'project-news',
      data: { project: project.id, title: 'Le car est réservé', body: 'Merci à tous.', visibility: 'donors' },
      user: { ...owner, collection: 'users' },
      overrideAccess: false,
    })
    await payload.jobs.run({ limit: 1000 })
    const mails = outboxMessages().filter((m) => m.includes('Le car est réservé'))
    expect(mails.some((m) => m.includes(`To: ${wants}`))).toBe(true)
    expect(mails.some((m) => m.includes(`To: ${declines}`))).toBe(false)
  })
})

describe('a donor’s gifts', () => {
  it('are listed for their account, and only they change the failure choice, while the campaign runs', async () => {
    const donor = await createUser(payload, ['donor'])
    const stranger = await createUser(payload, ['donor'])
    const project = await createProjectIn(payload, 'collecting')
    const id = await give(project.id, 3_000, { email: donor.email.toUpperCase(), failureChoice: 'refund' })
    await confirmPayment(payload, paid(id))
    expect((await giftsOf(payload, donor)).map((g) => [g.id, g.status, g.failureChoice])).toEqual([
      [id, 'paid', 'refund'],
    ])
    expect(await giftsOf(payload, stranger)).toEqual([])
    expect(await changeFailureChoice(payload, stranger, id, 'solidarity')).toBe(false)
    expect(await changeFailureChoice(payload, donor, id, 'solidarity')).toBe(true)
    expect((await donationOf(id)).failureChoice).toBe('solidarity')
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'succeeded' },
      context: { projectTransition: true },
    })
    expect(await changeFailureChoice(payload, donor, id, 'refund')).toBe(false)
  })
})
