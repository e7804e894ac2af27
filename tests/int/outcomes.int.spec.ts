import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '@/services/db/close-payload'
import { inSqlTransaction, sqlQuery } from '@/services/db/sql-transaction'
import { expireStaleGifts } from '@/services/donations/apply-payment-event'
import { approveGift } from '@/services/donations/admin-actions'
import { createDonation } from '@/services/donations/create-donation'
import { chooseFailedGiftFate } from '@/services/donations/failure-choice'
import { checkLedger, checkPayloadLedger } from '@/services/donations/ledger-check'
import {
  executePayouts,
  executeRefunds,
  runOutcomes,
  settleCampaign,
  settleCampaigns,
} from '@/services/donations/settle-campaigns'
import { fundBalanceCents } from '@/services/donations/solidarity-fund'
import { type PaymentProvider, testProvider } from '@/services/payments/provider'

import { createProjectIn, createSchool, createUser, testPayload, unique } from '../helpers/factories'
import { give, giftInput, givePaid } from '../helpers/gifts'
import { outboxMessages } from '../helpers/outbox'
import { rest, tokenFor } from '../helpers/rest'

let payload: Payload
let admin: { id: number; email: string }

beforeAll(async () => {
  payload = await testPayload()
  admin = await createUser(payload, ['admin'])
})
afterAll(() => closePayload(payload))

/**
 * A payment provider standing in for Stripe: it keeps what it did by idempotency key (a repeated
 * key returns the first result, as Stripe does), counts the calls, and can die after N calls,
 * having done the work but before answering (a process killed half-way).
 */
function fakeProvider({ dieAfter = Infinity }: { dieAfter?: number } = {}) {
  const done = new Map<string, string>()
  const calls: string[] = []
  const act = (key: string, id: string) => {
    calls.push(key)
    if (calls.length > dieAfter + 1) throw new Error('dead: the call never reached the provider')
    if (!done.has(key)) done.set(key, id)
    if (calls.length > dieAfter) throw new Error('killed: the work is done, the answer lost')
    return done.get(key)!
  }
  const provider: PaymentProvider = {
    name: 'stripe',
    startCheckout: testProvider.startCheckout,
    async refund({ donationId }) {
      return { refundId: act(`donation-${donationId}-refund`, `re_${donationId}_${done.size}`) }
    },
    async transfer({ payoutId }) {
      return { transferId: act(`payout-${payoutId}-transfer`, `tr_${payoutId}_${done.size}`) }
    },
  }
  return { provider, done, calls, revive: () => (dieAfter = Infinity) }
}

const ledgerRows = async (donationId: number, kind: string) =>
  Number(
    (
      await sqlQuery(payload, 'SELECT count(*)::int AS n FROM ledger_entries WHERE donation_id = $1 AND kind = $2', [
        donationId,
        kind,
      ])
    ).rows[0].n,
  )
const statusOf = async (id: number) => (await payload.findByID({ collection: 'donations', id, depth: 0 })).status
const projectOf = (id: number) => payload.findByID({ collection: 'projects', id, depth: 0 })
const settle = (id: number) =>
  payload.update({
    collection: 'projects',
    id,
    data: { status: 'settling' },
    context: { projectTransition: true },
    depth: 0,
  })

async function grant(amountCents: number) {
  await payload.create({
    collection: 'fund-movements',
    data: { kind: 'grant', amountCents, partner: 'Fondation de test' },
    user: { ...admin, collection: 'users' } as never,
    overrideAccess: false,
  })
}

describe('a succeeded campaign', () => {
  it('takes 6.5 % (rounded half up), pays the rest out once, even when the transfer dies half-way', async () => {
    const school = await createSchool(payload)
    await payload.update({
      collection: 'structures',
      id: school.structure,
      data: { stripeAccountId: 'acct_1TestStructure' },
    })
    const project = await createProjectIn(payload, 'collecting', {
      structure: school.structure,
      minimumGoalCents: 100_000,
      optimumGoalCents: 200_000,
    })
    await givePaid(payload, project.id, 100_000)
    await givePaid(payload, project.id, 23_456)
    await settle(project.id)

    // Only this project's payout goes through the dying provider (the database holds others).
    const fake = fakeProvider({ dieAfter: 0 })
    const options = { provider: fake.provider, projectIds: [project.id] }
    expect(await settleCampaign(payload, project.id, options)).toBe('succeeded')
    expect(await executePayouts(payload, options)).toBe(0)
    expect((await projectOf(project.id)).status).toBe('succeeded')
    fake.revive()
    expect(await executePayouts(payload, options)).toBe(1)
    expect(await executePayouts(payload, options)).toBe(0)

    expect((await projectOf(project.id)).status).toBe('funds_released')
    const { docs } = await payload.find({ collection: 'payouts', where: { project: { equals: project.id } }, depth: 0 })
    // 6.5 % of 1,234.56 € = 80.2464 € → 80.25 €; the structure receives the rest.
    expect(docs).toEqual([
      expect.objectContaining({
        collectedCents: 123_456,
        commissionCents: 8_025,
        payoutCents: 115_431,
        status: 'transferred',
        stripeTransferId: expect.stringMatching(/^tr_/),
      }),
    ])
    expect(fake.calls.filter((key) => key === `payout-${docs[0].id}-transfer`)).toHaveLength(2)
    await payload.jobs.run({ limit: 1000 })
    const owner = await payload.findByID({ collection: 'users', id: project.owner as number, depth: 0 })
    expect(outboxMessages().find((m) => m.includes(owner.email) && m.includes('a réussi'))).toContain('154,31')
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })

  it('without a Stripe account, waits for an admin to record the bank transfer (and only an admin)', async () => {
    const school = await createSchool(payload)
    const project = await createProjectIn(payload, 'collecting', { structure: school.structure })
    await givePaid(payload, project.id, 150_000)
    await settle(project.id)
    await runOutcomes(payload)
    const payout = (await payload.find({ collection: 'payouts', where: { project: { equals: project.id } }, depth: 0 }))
      .docs[0]
    expect(payout.status).toBe('manual')
    const moderator = await createUser(payload, ['moderator'])
    expect(
      (await rest('POST', `/payouts/${payout.id}/paid`, { token: await tokenFor(payload, moderator.email) })).status,
    ).toBe(403)
    expect((await rest('POST', `/payouts/${payout.id}/paid`)).status).toBe(401)
    const token = await tokenFor(payload, admin.email)
    expect((await rest('POST', `/payouts/${payout.id}/paid`, { token })).status).toBe(200)
    expect((await rest('POST', `/payouts/${payout.id}/paid`, { token })).status).toBe(409)
    expect((await projectOf(project.id)).status).toBe('funds_released')
  })

  it('waits while a payment is pending, and decides once it has expired', async () => {
    const project = await createProjectIn(payload, 'collecting')
    await givePaid(payload, project.id, 120_000)
    await give(payload, project.id, 5_000)
    await settle(project.id)
    const options = { provider: fakeProvider().provider }
    await runOutcomes(payload, options)
    expect((await projectOf(project.id)).status).toBe('settling')
    await expireStaleGifts(payload, new Date(Date.now() + 2 * 3_600_000))
    await runOutcomes(payload, options)
    expect((await projectOf(project.id)).status).not.toBe('settling')
  })
})

describe('a failed campaign', () => {
  it('refunds, reallocates and returns top-ups exactly once, even when the job dies half-way and runs again', async () => {
    await grant(50_000)
    const project = await createProjectIn(payload, 'collecting', {
      courteEchelle: true,
      minimumGoalCents: 500_000,
      optimumGoalCents: 600_000,
    })
    const refunds = [
      await givePaid(payload, project.id, 3_000, { failureChoice: 'refund' }),
      await givePaid(payload, project.id, 4_000, { failureChoice: 'refund' }),
      await givePaid(payload, project.id, 5_000, { failureChoice: 'refund' }),
    ]
    const toFund = await givePaid(payload, project.id, 6_000, { failureChoice: 'solidarity' })
    const undecidedEmail = `${unique('indecis')}@example.org`
    const undecided = await givePaid(payload, project.id, 7_000, { failureChoice: null, email: undecidedEmail })
    const topUp = await payload.create({
      collection: 'fund-movements',
      data: { kind: 'top_up', amountCents: 10_000, project: project.id },
      depth: 0,
      user: { ...admin, collection: 'users' } as never,
      overrideAccess: false,
    })
    const fundBefore = await fundBalanceCents(payload)
    await settle(project.id)

    // Only this project's refunds go through the dying provider (the database holds others).
    const fake = fakeProvider({ dieAfter: 1 })
    const options = { provider: fake.provider, donationIds: refunds }
    expect(await settleCampaign(payload, project.id, options)).toBe('failed')
    expect(await settleCampaign(payload, project.id, options)).toBeNull()
    expect(await executeRefunds(payload, options)).toBe(1)
    expect(await Promise.all(refunds.map(statusOf))).toEqual(['refunded', 'paid', 'paid'])
    fake.revive()
    expect(await executeRefunds(payload, options)).toBe(2)
    expect(await executeRefunds(payload, options)).toBe(0)

    expect(await Promise.all(refunds.map(statusOf))).toEqual(['refunded', 'refunded', 'refunded'])
    // The second gift's refund was made before the crash: the retry got the same one back.
    expect(refunds.map((id) => fake.done.get(`donation-${id}-refund`))).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ])
    expect(fake.calls.filter((key) => key === `donation-${refunds[1]}-refund`)).toHaveLength(2)
    for (const id of refunds) expect(await ledgerRows(id, 'refund')).toBe(1)
    expect(await statusOf(toFund)).toBe('reallocated')
    expect(await ledgerRows(toFund, 'reallocation')).toBe(1)
    expect(await statusOf(Number(topUp.donation))).toBe('reallocated')
    expect(await fundBalanceCents(payload)).toBe(fundBefore + 6_000 + 10_000)

    // The undecided donor is asked, by e-mail, with a signed link and 30 days.
    const asked = await payload.findByID({ collection: 'donations', id: undecided, depth: 0 })
    expect(asked.status).toBe('paid')
    expect(new Date(asked.choiceDeadline!).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000)
    await payload.jobs.run({ limit: 1000 })
    const mail = outboxMessages().find((m) => m.includes(undecidedEmail) && m.includes('que faire de votre don'))
    expect(mail).toMatch(new RegExp(`/dons/${undecided}/choix\\?jeton=`))
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })

  it('applies the donor’s choice from the link once, before the deadline; after it, the refund by default', async () => {
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 500_000,
      optimumGoalCents: 600_000,
    })
    const chooses = await givePaid(payload, project.id, 2_500, { failureChoice: null })
    const silent = await givePaid(payload, project.id, 3_500, { failureChoice: null })
    await settle(project.id)
    const fake = fakeProvider()
    await runOutcomes(payload, { provider: fake.provider })

    expect(await chooseFailedGiftFate(payload, chooses, 'solidarity')).toBe('reallocated')
    expect(await chooseFailedGiftFate(payload, chooses, 'refund')).toBe('closed')
    expect(await ledgerRows(chooses, 'reallocation')).toBe(1)

    await runOutcomes(payload, { provider: fake.provider, now: new Date(Date.now() + 29 * 86_400_000) })
    expect(await statusOf(silent)).toBe('paid')
    await runOutcomes(payload, { provider: fake.provider, now: new Date(Date.now() + 31 * 86_400_000) })
    expect(await statusOf(silent)).toBe('refunded')
    expect(await chooseFailedGiftFate(payload, silent, 'solidarity', new Date(Date.now() + 31 * 86_400_000))).toBe(
      'closed',
    )
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })
})

describe('a wave of closings', () => {
  it('settles a set of campaigns in one transaction, each by its own rule, and each once when two runs race', async () => {
    const winner = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 100_000,
      optimumGoalCents: 200_000,
    })
    await givePaid(payload, winner.id, 120_000)
    const loser = await createProjectIn(payload, 'collecting', { minimumGoalCents: 500_000, optimumGoalCents: 600_000 })
    const refund = await givePaid(payload, loser.id, 3_000, { failureChoice: 'refund' })
    const toFund = await givePaid(payload, loser.id, 4_000, { failureChoice: 'solidarity' })
    const undecided = await givePaid(payload, loser.id, 5_000, { failureChoice: null })
    const waiting = await createProjectIn(payload, 'collecting')
    await givePaid(payload, waiting.id, 120_000)
    await give(payload, waiting.id, 5_000)
    const collecting = await createProjectIn(payload, 'collecting')
    for (const { id } of [winner, loser, waiting]) await settle(id)
    const ids = [collecting.id, waiting.id, loser.id, winner.id]
    const options = { provider: fakeProvider().provider }
    const lastJob = Number((await sqlQuery(payload, 'SELECT coalesce(max(id), 0) AS n FROM payload_jobs')).rows[0].n)

    const runs = await Promise.all([settleCampaigns(payload, ids, options), settleCampaigns(payload, ids, options)])
    expect(runs.map((run) => run.get(winner.id)).filter(Boolean)).toEqual(['succeeded'])
    expect(runs.map((run) => run.get(loser.id)).filter(Boolean)).toEqual(['failed'])
    expect(runs.map((run) => run.get(waiting.id))).toEqual(['wait', 'wait'])
    expect(runs.some((run) => run.has(collecting.id))).toBe(false)
    expect(await Promise.all(ids.map(async (id) => (await projectOf(id)).status))).toEqual([
      'collecting',
      'settling',
      'failed',
      'succeeded',
    ])
    const closings = await sqlQuery(
      payload,
      `SELECT _parent_id, "to" FROM projects_history WHERE _parent_id = ANY($1::int[]) AND "from" = 'settling' ORDER BY _parent_id`,
      [`{${ids.join(',')}}`],
    )
    expect(closings.rows.map((r) => [Number(r._parent_id), r.to])).toEqual(
      [
        [loser.id, 'failed'],
        [winner.id, 'succeeded'],
      ].sort((x, y) => Number(x[0]) - Number(y[0])),
    )

    const payouts = await sqlQuery(
      payload,
      'SELECT collected_cents, commission_cents, payout_cents FROM payouts WHERE project_id = $1',
      [winner.id],
    )
    expect(
      payouts.rows.map((r) => [Number(r.collected_cents), Number(r.commission_cents), Number(r.payout_cents)]),
    ).toEqual([[120_000, 7_800, 112_200]])
    expect(await statusOf(toFund)).toBe('reallocated')
    expect(await ledgerRows(toFund, 'reallocation')).toBe(1)
    expect((await payload.findByID({ collection: 'donations', id: refund, depth: 0 })).refundRequestedAt).toBeTruthy()
    expect((await payload.findByID({ collection: 'donations', id: undecided, depth: 0 })).choiceDeadline).toBeTruthy()
    // One e-mail per donor and one to each owner, queued once.
    const mails = await sqlQuery(
      payload,
      `SELECT input->>'to' AS "to", count(*)::int AS n FROM payload_jobs WHERE task_slug = 'sendEmail' AND id > $1 AND input->>'subject' LIKE ANY($2::text[]) GROUP BY 1`,
      [lastJob, `{${[winner, loser].map((p) => `%${p.title}%`).join(',')}}`],
    )
    expect(mails.rows).toHaveLength(1 + 3 + 2)
    expect(mails.rows.every((r) => r.n === 1)).toBe(true)

    expect(await executeRefunds(payload, { ...options, donationIds: [refund] })).toBe(1)
    expect(await executeRefunds(payload, { ...options, donationIds: [refund] })).toBe(0)
    expect(await ledgerRows(refund, 'refund')).toBe(1)
    expect(await checkPayloadLedger(payload, { projectIds: [winner.id, loser.id, waiting.id] })).toEqual([])
  })
})

describe('ledger:check', () => {
  it('finds a deliberately broken ledger: a refund written twice, a total changed by hand', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const id = await givePaid(payload, project.id, 4_200)
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
    await inSqlTransaction(payload, async (db) => {
      const query = (text: string, params?: unknown[]) => db.query(text, params)
      await db.query(
        `INSERT INTO ledger_entries (kind, amount_cents, from_account, to_account, project_id, donation_id) VALUES ('refund', 4200, $1, 'donor', $2, $3)`,
        [`project:${project.id}`, project.id, id],
      )
      const problems = await checkLedger(query, { projectIds: [project.id] })
      expect(problems[0]).toBe(
        `projet ${project.id} (collecting) : son compte au grand livre est de 0 c, il devrait être de 4200 c`,
      )
      expect(problems[1]).toBe(`don ${id} (paid) : 1 entrée(s), 1 remboursement(s), 0 réaffectation(s) au grand livre`)
      await db.query('UPDATE projects SET collected_cents = collected_cents + 1 WHERE id = $1', [project.id])
      expect((await checkLedger(query, { projectIds: [project.id] }))[0]).toContain(
        `projet ${project.id} : total 4201 c`,
      )
      throw new Error('rollback')
    }).catch((error: Error) => expect(error.message).toBe('rollback'))
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
  })
})

describe('the solidarity fund', () => {
  const asAdmin = () => ({ user: { ...admin, collection: 'users' } as never, overrideAccess: false })

  it('tops up Courte Échelle projects only, within its balance and the optimum; each refusal on its field, nothing written', async () => {
    await grant(20_000)
    const balance = await fundBalanceCents(payload)
    const labelled = await createProjectIn(payload, 'collecting', { courteEchelle: true, optimumGoalCents: 200_000 })
    const plain = await createProjectIn(payload, 'collecting', { courteEchelle: false })
    const attempt = (project: number, amountCents: number) =>
      payload.create({ collection: 'fund-movements', data: { kind: 'top_up', project, amountCents }, ...asAdmin() })
    await expect(attempt(plain.id, 1_000)).rejects.toMatchObject({
      data: {
        errors: [
          { path: 'project', message: 'Le fonds solidaire n’abonde que les projets labellisés Courte Échelle.' },
        ],
      },
    })
    await expect(attempt(labelled.id, 200_001)).rejects.toMatchObject({ data: { errors: [{ path: 'amountCents' }] } })
    const large = await createProjectIn(payload, 'collecting', {
      courteEchelle: true,
      minimumCapOverride: true,
      minimumGoalCents: 100_000,
      optimumGoalCents: balance + 100_000,
    })
    await expect(attempt(large.id, balance + 1)).rejects.toMatchObject({
      data: {
        errors: [{ path: 'amountCents', message: expect.stringContaining('Le solde du fonds solidaire est de') }],
      },
    })
    expect(await fundBalanceCents(payload)).toBe(balance)
    expect((await projectOf(labelled.id)).collectedCents).toBe(0)
  })

  it('never spends one balance twice when two top-ups race', async () => {
    await grant(30_000)
    const balance = await fundBalanceCents(payload)
    const projects = await Promise.all(
      [1, 2].map(() => createProjectIn(payload, 'collecting', { courteEchelle: true, optimumGoalCents: 10_000_000 })),
    )
    const amount = Math.floor(balance * 0.6)
    const results = await Promise.allSettled(
      projects.map((p) =>
        payload.create({
          collection: 'fund-movements',
          data: { kind: 'top_up', project: p.id, amountCents: amount },
          ...asAdmin(),
        }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await fundBalanceCents(payload)).toBe(balance - amount)
    expect(await checkPayloadLedger(payload, { projectIds: projects.map((p) => p.id) })).toEqual([])
  })

  it('is moved by admins only', async () => {
    const moderator = await createUser(payload, ['moderator'])
    const response = await rest('POST', '/fund-movements', {
      token: await tokenFor(payload, moderator.email),
      body: { kind: 'grant', amountCents: 1_000, partner: 'Moi' },
    })
    expect(response.status).toBe(403)
    expect((await rest('GET', '/fund-movements', { token: await tokenFor(payload, moderator.email) })).status).toBe(403)
  })
})

describe('admins’ gifts', () => {
  it('accept a gift above 10,000 €: only an admin, once, and the donor gets a way to pay', async () => {
    const project = await createProjectIn(payload, 'collecting', { stopAtOptimum: false })
    const held = await createDonation(payload, {
      projectId: project.id,
      gift: giftInput(1_200_000, { email: 'mecene@example.org' }),
      provider: testProvider,
    })
    if (!held.ok) throw new Error('not created')
    const moderator = await createUser(payload, ['moderator'])
    expect(
      (
        await rest('POST', `/donations/${held.donationId}/action`, {
          token: await tokenFor(payload, moderator.email),
          body: { action: 'approve' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest('POST', `/donations/${held.donationId}/action`, {
          token: await tokenFor(payload, admin.email),
          body: { action: 'nothing' },
        })
      ).status,
    ).toBe(400)
    await approveGift(payload, held.donationId, admin.id, { provider: testProvider })
    const approved = await payload.findByID({ collection: 'donations', id: held.donationId, depth: 0 })
    expect(approved).toMatchObject({
      awaitingApproval: false,
      approvedBy: admin.id,
      providerSessionId: `test_${held.donationId}`,
    })
    expect(
      (
        await rest('POST', `/donations/${held.donationId}/action`, {
          token: await tokenFor(payload, admin.email),
          body: { action: 'approve' },
        })
      ).status,
    ).toBe(409)
  })

  it('record a bank transfer received: the gift counts once', async () => {
    const project = await createProjectIn(payload, 'collecting')
    const id = await give(payload, project.id, 25_000, { paymentMethod: 'transfer', email: 'virement@example.org' })
    const pending = await payload.findByID({ collection: 'donations', id, depth: 0 })
    expect(pending).toMatchObject({ status: 'pending', provider: 'transfer', paymentMethod: 'transfer' })
    expect(new Date(pending.expiresAt!).getTime() - Date.now()).toBeGreaterThan(9 * 86_400_000)
    await payload.jobs.run({ limit: 1000 })
    expect(outboxMessages().find((m) => m.includes('virement@example.org') && m.includes(pending.reference))).toContain(
      'IBAN',
    )
    const token = await tokenFor(payload, admin.email)
    expect(
      (await rest('POST', `/donations/${id}/action`, { token, body: { action: 'transfer_received' } })).status,
    ).toBe(200)
    expect(
      (await rest('POST', `/donations/${id}/action`, { token, body: { action: 'transfer_received' } })).status,
    ).toBe(409)
    expect(await projectOf(project.id)).toMatchObject({ collectedCents: 25_000, donorCount: 1 })
  })
})
