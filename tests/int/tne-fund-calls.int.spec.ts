import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Convention, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { transitionFundCall } from '@/services/tne/transition-fund-call'

import { createUser, idOf, testPayload } from '../helpers/factories'
import { rest, tokenFor } from '../helpers/rest'
import { createConventionIn } from '../helpers/tne'

type Account = User & { collection: 'users' }
let payload: Payload
let aisne: number
let herault: number
let claire: Account
let paul: Account
let admin: Account
let heraultCoordinator: Account

beforeAll(async () => {
  payload = await testPayload()
  aisne = await idOf(payload, 'territories', 'slug', 'aisne')
  herault = await idOf(payload, 'territories', 'slug', 'herault')
  claire = await createUser(payload, ['coordinator'], { territories: [aisne] })
  paul = await createUser(payload, ['coordinator'], { territories: [aisne] })
  admin = await createUser(payload, ['admin'])
  heraultCoordinator = await createUser(payload, ['coordinator'], { territories: [herault] })
})

afterAll(async () => {
  await closePayload(payload)
})

const request = (convention: Convention, amountCents: number, by: Account) =>
  payload.create({
    collection: 'fund-calls',
    data: {
      convention: convention.id,
      amountCents,
      label: 'Ateliers du trimestre',
      requestDate: new Date().toISOString(),
    },
    user: by,
    overrideAccess: false,
    depth: 0,
  })

const statusOf = async (id: number) => (await payload.findByID({ collection: 'fund-calls', id, depth: 0 })).status

describe('requesting funds', () => {
  it('a coordinator requests up to what remains; the call takes the convention’s territory and its requester', async () => {
    const convention = await createConventionIn(payload, aisne, 'active')
    const call = await request(convention, 1_000_000, claire)
    expect(call).toMatchObject({ status: 'requested', territory: aisne, requestedBy: claire.id })
  })

  it('refuses a call above what remains, on the amount, in French, writing nothing', async () => {
    const convention = await createConventionIn(payload, aisne, 'active')
    const first = await request(convention, 600_000, claire)
    await transitionFundCall(payload, { fundCallId: first.id, to: 'approved', user: paul })
    await expect(request(convention, 400_001, claire)).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'amountCents',
            message: expect.stringMatching(
              /^Le montant dépasse ce qui reste à appeler sur la convention : 4\s000,00\s€\.$/,
            ),
          },
        ],
      },
    })
    expect(
      (await payload.count({ collection: 'fund-calls', where: { convention: { equals: convention.id } } })).totalDocs,
    ).toBe(1)
  })

  it('refuses a call on a convention not yet signed, or of another territory', async () => {
    const draft = await createConventionIn(payload, aisne, 'sent')
    await expect(request(draft, 1000, claire)).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'convention',
            message: 'Un appel de fonds ne porte que sur une convention signée ou en cours d’exécution.',
          },
        ],
      },
    })
    const theirs = await createConventionIn(payload, herault, 'active')
    await expect(request(theirs, 1000, claire)).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [{ path: 'convention', message: 'Cette convention n’existe pas ou n’est pas de votre territoire.' }],
      },
    })
    expect(
      (await payload.count({ collection: 'fund-calls', where: { convention: { in: [draft.id, theirs.id] } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('deciding on a call', () => {
  it('the requester cannot approve their own call (403), a second coordinator can, then it is paid', async () => {
    const convention = await createConventionIn(payload, aisne, 'active')
    const call = await request(convention, 250_000, claire)
    const own = await rest('POST', `/fund-calls/${call.id}/transition`, {
      token: await tokenFor(payload, claire.email),
      body: { to: 'approved' },
    })
    expect(own.status).toBe(403)
    expect(own.json.errors?.[0].message).toBe(
      'Un appel de fonds est approuvé ou refusé par une autre personne que celle qui l’a demandé.',
    )
    expect(await statusOf(call.id)).toBe('requested')
    const approved = await rest('POST', `/fund-calls/${call.id}/transition`, {
      token: await tokenFor(payload, paul.email),
      body: { to: 'approved' },
    })
    expect(approved.status).toBe(200)
    const paid = await rest('POST', `/fund-calls/${call.id}/transition`, {
      token: await tokenFor(payload, claire.email),
      body: { to: 'paid' },
    })
    expect(paid.status).toBe(200)
    const stored = await payload.findByID({ collection: 'fund-calls', id: call.id, depth: 0 })
    expect(stored).toMatchObject({ status: 'paid', decidedBy: paul.id })
    expect(stored.history?.map((h) => `${h.from}→${h.to}`)).toEqual(['requested→approved', 'approved→paid'])
  })

  it('a coordinator of another territory cannot see nor decide (404); an admin decides', async () => {
    const convention = await createConventionIn(payload, aisne, 'active')
    const call = await request(convention, 1000, claire)
    expect(
      (
        await rest('POST', `/fund-calls/${call.id}/transition`, {
          token: await tokenFor(payload, heraultCoordinator.email),
          body: { to: 'approved' },
        })
      ).status,
    ).toBe(404)
    expect(await statusOf(call.id)).toBe('requested')
    await transitionFundCall(payload, { fundCallId: call.id, to: 'rejected', user: admin })
    expect(await statusOf(call.id)).toBe('rejected')
    await expect(
      transitionFundCall(payload, { fundCallId: call.id, to: 'approved', user: admin }),
    ).rejects.toMatchObject({ status: 409 })
  })

  it('never writes status by a plain update', async () => {
    const convention = await createConventionIn(payload, aisne, 'active')
    const call = await request(convention, 1000, claire)
    await rest('PATCH', `/fund-calls/${call.id}`, {
      token: await tokenFor(payload, paul.email),
      body: { status: 'paid', amountCents: 1 },
    })
    expect(await payload.findByID({ collection: 'fund-calls', id: call.id, depth: 0 })).toMatchObject({
      status: 'requested',
      amountCents: 1000,
    })
    await expect(
      payload.update({ collection: 'fund-calls', id: call.id, data: { status: 'approved' } }),
    ).rejects.toMatchObject({ status: 409 })
  })

  it('two approvals racing that together would pass the convention: exactly one succeeds', async () => {
    const convention = await createConventionIn(payload, aisne, 'active', { amountCents: 1_000_000 })
    const a = await request(convention, 700_000, claire)
    const b = await request(convention, 700_000, claire)
    const results = await Promise.allSettled([
      transitionFundCall(payload, { fundCallId: a.id, to: 'approved', user: paul }),
      transitionFundCall(payload, { fundCallId: b.id, to: 'approved', user: admin }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toMatchObject({
      status: 409,
      message: expect.stringMatching(
        /^Approuver cet appel dépasserait le montant de la convention : il reste 3\s000,00\s€ à appeler\.$/,
      ),
    })
    expect([await statusOf(a.id), await statusOf(b.id)].sort()).toEqual(['approved', 'requested'])
  })

  it('ten approvals racing on one convention never commit more than its amount', async () => {
    const convention = await createConventionIn(payload, aisne, 'active', { amountCents: 1_000_000 })
    const calls = []
    for (let i = 0; i < 10; i++) calls.push(await request(convention, 300_000, claire))
    await Promise.allSettled(
      calls.map((c, i) =>
        transitionFundCall(payload, { fundCallId: c.id, to: 'approved', user: i % 2 ? paul : admin }),
      ),
    )
    const approved = await payload.find({
      collection: 'fund-calls',
      where: { and: [{ convention: { equals: convention.id } }, { status: { equals: 'approved' } }] },
      limit: 0,
    })
    expect(approved.totalDocs).toBe(3)
  })
})
