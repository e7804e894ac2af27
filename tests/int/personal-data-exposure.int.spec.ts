import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Field, Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project } from '@/payload-types'
import { createDonation } from '@/services/donations/create-donation'
import { confirmPayment } from '@/services/donations/confirm-payment'
import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { testProvider } from '@/services/payments/provider'

import { type Actor, richText } from '../helpers/content'
import { createSchool, createUser, idOf, testPayload, unique } from '../helpers/factories'
import { giftInput, paidEvent } from '../helpers/gifts'
import { rest, tokenFor } from '../helpers/rest'

/**
 * Issue 16, "the school head's name and e-mail are public", and the whole class: personal data
 * readable by anonymous visitors, or by signed-in accounts that should not see it, on every path
 * (REST, GraphQL, relationships populated at depth, where/sort used as an oracle).
 */
let payload: Payload
let owner: Actor
let coOwner: Actor
let moderator: Actor
let admin: Actor
let donor: Actor
let giver: Actor
let manager: Actor
let project: Project
const tokens: Record<string, string> = {}

const SCHOOL_HEAD_NAME = 'Ségolène Vasseur-Delmas'
const SCHOOL_HEAD_EMAIL = `${unique('direction.vasseur')}@ac-versailles.example`
const MODERATION_COMMENT = 'Retirez le prénom de l’élève Inaya du descriptif, s’il vous plaît.'

/** Everything that must never appear in what an outsider receives. */
const secrets = () => [
  SCHOOL_HEAD_NAME,
  SCHOOL_HEAD_EMAIL,
  MODERATION_COMMENT,
  owner.email,
  coOwner.email,
  moderator.email,
]
const leaked = (body: unknown) => secrets().filter((secret) => JSON.stringify(body).includes(secret))

async function graphqlAs(query: string, token?: string) {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })
  return (await (await GRAPHQL_POST(config)(request)).json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }
}

beforeAll(async () => {
  payload = await testPayload()
  owner = await createUser(payload, ['teacher'])
  coOwner = await createUser(payload, ['teacher'])
  moderator = await createUser(payload, ['moderator'])
  admin = await createUser(payload, ['admin'])
  donor = await createUser(payload, ['donor'])
  giver = await createUser(payload, ['donor'])
  const school = await createSchool(payload)
  manager = await createUser(payload, ['structure-manager'], { structures: [school.structure] })
  project = await payload.create({
    collection: 'projects',
    data: {
      title: unique('Classe de mer'),
      owner: owner.id,
      coOwners: [coOwner.id],
      status: 'collecting',
      establishment: school.establishment,
      structure: school.structure,
      level: 'ecole',
      minimumGoalCents: 100_000,
      optimumGoalCents: 200_000,
      startDate: '2026-11-01',
      endDate: '2027-02-01',
      stopAtOptimum: true,
      schoolHead: { name: SCHOOL_HEAD_NAME, email: SCHOOL_HEAD_EMAIL },
      history: [
        {
          from: 'in_review',
          to: 'changes_requested',
          at: new Date().toISOString(),
          actor: 'moderator',
          actorUser: moderator.id,
          comment: MODERATION_COMMENT,
        },
      ],
    } as Project,
    depth: 0,
    context: { projectTransition: true },
  })
  const gift = await createDonation(payload, {
    projectId: project.id,
    gift: giftInput(5_000),
    userId: giver.id,
    provider: testProvider,
  })
  if (!gift.ok) throw new Error(JSON.stringify(gift.errors))
  await confirmPayment(payload, paidEvent(gift.donationId))
  await payload.create({
    collection: 'project-news',
    data: { project: project.id, title: unique('Nouvelles'), body: 'Le car est réservé.', visibility: 'public' },
    user: owner,
    overrideAccess: false,
  })
  for (const [name, user] of Object.entries({ owner, coOwner, moderator, admin, donor, giver, manager }))
    tokens[name] = await tokenFor(payload, user.email)
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
})

describe('a public project: the school head and the moderation history', () => {
  const outsiders = [
    ['an anonymous visitor', undefined],
    ['a signed-in donor', 'donor'],
    ['a donor to the project', 'giver'],
    ['the receiving structure’s manager', 'manager'],
  ] as const

  it.each(outsiders)('%s reads the project over REST, at depth 2, without them', async (_who, as) => {
    const token = as ? tokens[as] : undefined
    for (const path of [`/projects/${project.id}?depth=2`, `/projects?depth=2&where[id][equals]=${project.id}`]) {
      const { status, json } = await rest('GET', path, { token })
      expect(status, path).toBe(200)
      const doc = (json.docs ? (json.docs as Record<string, unknown>[])[0] : json) as Record<string, unknown>
      expect(doc.title).toBe(project.title)
      expect(doc.schoolHead ?? {}).toEqual({})
      expect(doc.history ?? []).toEqual([])
      // The owner stays an id: users are readable by themselves and admins only.
      expect([typeof doc.owner, (doc.coOwners as unknown[]).map((c) => typeof c)]).toEqual(['number', ['number']])
      expect(leaked(json)).toEqual([])
    }
  })

  it.each(outsiders)('%s reads it over GraphQL without them', async (_who, as) => {
    const result = await graphqlAs(
      `{ Projects(where: { id: { equals: ${project.id} } }) { docs { title schoolHead { name email } history { comment actorUser { email } } owner { email } coOwners { email } } } }`,
      as ? tokens[as] : undefined,
    )
    const doc = (result.data?.Projects as { docs: Record<string, unknown>[] }).docs[0]
    expect(doc.title).toBe(project.title)
    expect([doc.schoolHead, doc.history, doc.owner]).toEqual([{ name: null, email: null }, [], null])
    expect(leaked(result)).toEqual([])
  })

  it.each(outsiders)('%s cannot find them out by filtering or sorting on them (400)', async (_who, as) => {
    const token = as ? tokens[as] : undefined
    for (const query of [
      `where[schoolHead.email][equals]=${encodeURIComponent(SCHOOL_HEAD_EMAIL)}`,
      'where[schoolHead.email][like]=direction',
      'where[schoolHead.name][like]=Vasseur',
      'where[history.comment][like]=Inaya',
      'sort=schoolHead.email',
    ]) {
      const { status, json } = await rest('GET', `/projects?where[id][equals]=${project.id}&${query}`, { token })
      expect(status, query).toBe(400)
      expect(json.docs, query).toBeUndefined()
    }
  })

  it.each([
    ['the owner', 'owner'],
    ['a co-owner', 'coOwner'],
    ['a moderator', 'moderator'],
    ['an admin', 'admin'],
  ] as const)('%s reads them', async (_who, as) => {
    const { json } = await rest('GET', `/projects/${project.id}?depth=0`, { token: tokens[as] })
    expect(json.schoolHead).toEqual({ name: SCHOOL_HEAD_NAME, email: SCHOOL_HEAD_EMAIL })
    expect((json.history as { comment: string }[])[0].comment).toBe(MODERATION_COMMENT)
  })

  it('the Local API on behalf of a donor leaves them out too', async () => {
    const asDonor = await payload.findByID({
      collection: 'projects',
      id: project.id,
      depth: 2,
      user: donor,
      overrideAccess: false,
    })
    expect(leaked(asDonor)).toEqual([])
    const asOwner = await payload.findByID({
      collection: 'projects',
      id: project.id,
      depth: 0,
      user: owner,
      overrideAccess: false,
    })
    expect(asOwner.schoolHead?.email).toBe(SCHOOL_HEAD_EMAIL)
  })
})

describe('relationships populated at depth', () => {
  it('a donor reading their own gift at depth 2 gets the project without the school head nor the teacher’s e-mail', async () => {
    const { status, json } = await rest('GET', '/donations?depth=2', { token: tokens.giver })
    expect(status).toBe(200)
    const gift = (json.docs as { project: Record<string, unknown>; donor: unknown }[])[0]
    expect(gift.project.title).toBe(project.title)
    expect(gift.project.schoolHead ?? {}).toEqual({})
    expect(leaked(json)).toEqual([])
  })

  it('a project’s news at depth 2: the project without the school head, the author as an id', async () => {
    for (const token of [undefined, tokens.donor]) {
      const { status, json } = await rest('GET', `/project-news?depth=2&where[project][equals]=${project.id}`, {
        token,
      })
      expect(status).toBe(200)
      const news = (json.docs as { project: Record<string, unknown>; author: unknown }[])[0]
      expect(news.project.schoolHead ?? {}).toEqual({})
      expect(typeof news.author).toBe('number')
      expect(leaked(json)).toEqual([])
    }
  })

  it('a territory’s coordinators (a join on users) are not listed to the public nor to a donor', async () => {
    const aisne = await idOf(payload, 'territories', 'slug', 'aisne')
    const coordinator = await createUser(payload, ['coordinator'], { territories: [aisne] })
    for (const token of [undefined, tokens.donor]) {
      const { status, json } = await rest('GET', `/territories/${aisne}?depth=1`, { token })
      expect(status).toBe(200)
      expect((json.coordinators as { docs?: unknown[] } | undefined)?.docs ?? []).toEqual([])
      expect(JSON.stringify(json)).not.toContain(coordinator.email)
      const graph = await graphqlAs(`{ Territory(id: ${aisne}) { name coordinators { docs { email } } } }`, token)
      expect(JSON.stringify(graph)).not.toContain(coordinator.email)
    }
  })

  it('a sponsor’s or a structure’s manager sees no other manager’s e-mail through the managers join', async () => {
    const sponsor = await payload.create({
      collection: 'sponsors',
      data: { name: unique('Fondation'), kind: 'foundation' } as never,
    })
    const [first, second] = [await createUser(payload, ['sponsor']), await createUser(payload, ['sponsor'])]
    await payload.update({ collection: 'users', id: first.id, data: { sponsors: [sponsor.id] } })
    await payload.update({ collection: 'users', id: second.id, data: { sponsors: [sponsor.id] } })
    const asSponsor = await rest('GET', `/sponsors/${sponsor.id}?depth=1`, {
      token: await tokenFor(payload, first.email),
    })
    expect(asSponsor.status).toBe(200)
    expect(JSON.stringify(asSponsor.json)).not.toContain(second.email)

    const otherManager = await createUser(payload, ['structure-manager'], { structures: [project.structure as number] })
    const asManager = await rest('GET', `/structures/${project.structure}?depth=1`, { token: tokens.manager })
    expect(asManager.status).toBe(200)
    expect(JSON.stringify(asManager.json)).not.toContain(otherManager.email)
  })

  it('sponsors (contacts, managers) are not readable by a donor nor anonymously', async () => {
    expect((await rest('GET', '/sponsors', { token: tokens.donor })).status).toBe(403)
    expect((await rest('GET', '/sponsors')).status).toBe(403)
  })
})

describe('payment providers’ references (Stripe)', () => {
  const SESSION = `cs_test_${unique('session')}`
  const PAYMENT = `pi_${unique('paiement')}`
  const TRANSFER = `tr_${unique('virement')}`
  const ACCOUNT = `acct_${unique('compte').replace(/[^A-Za-z0-9]/g, '')}`
  let giftId: number

  beforeAll(async () => {
    giftId = (
      await payload.find({ collection: 'donations', where: { project: { equals: project.id } }, depth: 0, limit: 1 })
    ).docs[0].id
    await sqlQuery(
      payload,
      'UPDATE donations SET provider_session_id = $1, provider_payment_id = $2, refund_id = $3 WHERE id = $4',
      [SESSION, PAYMENT, `re_${PAYMENT}`, giftId],
    )
    await payload.update({
      collection: 'structures',
      id: project.structure as number,
      data: { stripeAccountId: ACCOUNT },
      depth: 0,
    })
    await payload.create({
      collection: 'payouts',
      data: {
        project: project.id,
        structure: project.structure as number,
        collectedCents: 5_000,
        commissionCents: 325,
        payoutCents: 4_675,
        status: 'transferred',
        stripeTransferId: TRANSFER,
      },
      depth: 0,
    })
  })

  const references = () => [SESSION, PAYMENT, TRANSFER, ACCOUNT]
  const shown = (body: unknown) => references().filter((reference) => JSON.stringify(body).includes(reference))

  it('the receiving structure’s manager reads the gifts, the payout and the structure without them (REST, GraphQL), and cannot filter on them', async () => {
    const gifts = await rest('GET', `/donations?where[project][equals]=${project.id}&depth=1`, {
      token: tokens.manager,
    })
    expect(gifts.status).toBe(200)
    expect((gifts.json.docs as { amountCents: number }[]).map((gift) => gift.amountCents)).toEqual([5_000])
    expect(shown(gifts.json)).toEqual([])
    const payouts = await rest('GET', `/payouts?where[project][equals]=${project.id}&depth=1`, {
      token: tokens.manager,
    })
    expect((payouts.json.docs as { status: string }[]).map((payout) => payout.status)).toEqual(['transferred'])
    expect(shown(payouts.json)).toEqual([])
    const structure = await rest('GET', `/structures/${project.structure}`, { token: tokens.manager })
    expect(structure.status).toBe(200)
    expect(shown(structure.json)).toEqual([])
    const graphql = await graphqlAs(
      `{ Donations(where: { project: { equals: ${project.id} } }) { docs { amountCents providerSessionId providerPaymentId refundId } } Payouts { docs { status stripeTransferId } } }`,
      tokens.manager,
    )
    expect(shown(graphql)).toEqual([])
    // An oracle: a filter on a reference the reader may not see is refused, not answered.
    const guessed = await rest('GET', `/donations?where[providerPaymentId][like]=pi_`, { token: tokens.manager })
    expect(guessed.status).toBeGreaterThanOrEqual(400)
    expect(guessed.status).toBeLessThan(500)
  })

  it('the donor reads their own gift without them', async () => {
    const own = await rest('GET', `/donations/${giftId}`, { token: tokens.giver })
    expect(own.status).toBe(200)
    expect(own.json.amountCents).toBe(5_000)
    expect(shown(own.json)).toEqual([])
  })

  it('the GIP’s admins read them', async () => {
    const gift = await rest('GET', `/donations/${giftId}`, { token: tokens.admin })
    expect(gift.json).toMatchObject({ providerSessionId: SESSION, providerPaymentId: PAYMENT })
    const payouts = await rest('GET', `/payouts?where[project][equals]=${project.id}`, { token: tokens.admin })
    expect((payouts.json.docs as { stripeTransferId: string }[]).map((payout) => payout.stripeTransferId)).toEqual([
      TRANSFER,
    ])
    expect((await rest('GET', `/structures/${project.structure}`, { token: tokens.admin })).json.stripeAccountId).toBe(
      ACCOUNT,
    )
  })
})

describe('other public collections', () => {
  it('forms (the parents’ questionnaire) never show the addresses of their e-mail settings', async () => {
    const form = await payload.create({
      collection: 'forms',
      data: {
        title: unique('Questionnaire'),
        fields: [],
        confirmationType: 'message',
        confirmationMessage: await richText(payload, 'Merci.'),
        emails: [{ emailTo: 'responsable.tne@example.org', subject: 'Réponse' }],
      } as never,
    })
    for (const token of [undefined, tokens.donor]) {
      const { status, json } = await rest('GET', `/forms/${form.id}`, { token })
      expect(status).toBe(200)
      expect(json.emails ?? []).toEqual([])
      expect(JSON.stringify(json)).not.toContain('responsable.tne@example.org')
    }
  })

  it('document locks (who edits what in the admin) are neither readable nor writable by a donor; staff keep them', async () => {
    expect((await rest('GET', '/payload-locked-documents', { token: tokens.donor })).status).toBe(403)
    const lock = await rest('POST', '/payload-locked-documents', {
      token: tokens.donor,
      body: {
        document: { relationTo: 'projects', value: project.id },
        user: { relationTo: 'users', value: moderator.id },
      },
    })
    expect(lock.status).toBe(403)
    expect(
      (
        await payload.count({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: project.id } },
        })
      ).totalDocs,
    ).toBe(0)
    expect((await rest('GET', '/payload-locked-documents', { token: tokens.moderator })).status).toBe(200)
  })
})

/** Names of fields that hold someone's contact details or identity. */
const PERSONAL_FIELD = /e-?mail|phone|address|contacts?$|siret|siren|iban|firstname|lastname|signator/i
/** Contact details published on purpose: an organisation's public contact, a workshop's venue. */
const PUBLIC_BY_DESIGN: Record<string, string[]> = {
  'site-settings': [
    'contact',
    'contact.email',
    'contact.phone',
    'contact.address',
    // The accessibility declaration's contact and the legal notice's publisher and host: published by law.
    'accessibility.contactEmail',
    'legalNotice.publisherAddress',
    'legalNotice.publisherContact',
    'legalNotice.hostAddress',
    'legalNotice.hostContact',
  ],
  territories: ['coordinatingStructure.email', 'coordinatingStructure.phone'],
  workshops: ['address'],
}

/** Paths of personal fields that no field-level read access (theirs or an enclosing group's or array's) protects. */
function unprotected(fields: Field[], prefix = '', protectedAbove = false): string[] {
  return fields.flatMap((field): string[] => {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : null
    const isProtected = protectedAbove || Boolean('access' in field && field.access?.read)
    const own =
      named && !isProtected && (field.type === 'email' || PERSONAL_FIELD.test(named.split('.').at(-1)!)) ? [named] : []
    const nextPrefix = named ? `${named}.` : prefix
    if ('fields' in field) return [...own, ...unprotected(field.fields, nextPrefix, isProtected)]
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        unprotected(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, isProtected),
      )
    if (field.type === 'blocks')
      return (field.blocks ?? []).flatMap((block) =>
        unprotected(block.fields, `${nextPrefix}${block.slug}.`, isProtected),
      )
    return own
  })
}

describe('the whole class', () => {
  it('every collection an anonymous visitor may read protects its personal fields, or publishes them on purpose', async () => {
    const anonymous = { user: null, payload, headers: new Headers() } as unknown as PayloadRequest
    const exposed: string[] = []
    for (const collection of payload.config.collections) {
      const read = collection.access.read
      if (!read || (await read({ req: anonymous })) === false) continue
      const allowed = PUBLIC_BY_DESIGN[collection.slug] ?? []
      exposed.push(
        ...unprotected(collection.fields)
          .filter((path) => !allowed.includes(path))
          .map((path) => `${collection.slug}.${path}`),
      )
    }
    expect(exposed).toEqual([])
  })
})
