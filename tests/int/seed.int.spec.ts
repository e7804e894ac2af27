import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseEnv } from '@/env-schema'
import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@/seed/demo'
import { seedReferenceData } from '@/seed/reference'
import { checkPayloadLedger } from '@/services/donations/ledger-check'
import { fundBalanceCents } from '@/services/donations/solidarity-fund'
import { totalIndicators } from '@/domain/tne/indicators'
import { type ConventionStatus, decideConventionTransition } from '@/domain/tne/convention-lifecycle'
import { loadIndicators } from '@/services/tne/indicators'
import { TneDashboard } from '@/ui/admin/TneDashboard'
import { renderToStaticMarkup } from 'react-dom/server'

import { createUser, testPayload } from '../helpers/factories'
import { restResponse, tokenFor } from '../helpers/rest'

let payload: Payload
// The demo tenants use their own hosts here, so that they cannot clash with other tests' sites.
const devEnv = parseEnv(
  { SITE_HOSTS_PROJETS: 'projets.seed.localhost', SITE_HOSTS_PARENTALITE: 'tne.seed.localhost' },
  () => 's'.repeat(32),
)

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  // The demo programmes would top up other test files' gifts: they stop here.
  await sqlQuery(payload, 'UPDATE programmes SET active = false')
  await closePayload(payload)
})

describe('seed', () => {
  it('holds the real reference lists', async () => {
    const count = async (collection: 'academies' | 'departments' | 'themes' | 'territories') =>
      (await payload.count({ collection })).totalDocs
    expect(await count('academies')).toBe(30)
    expect(await count('departments')).toBe(101)
    expect(await count('themes')).toBeGreaterThanOrEqual(9)
    expect(await count('territories')).toBe(12)
    const corse = await payload.find({ collection: 'departments', where: { code: { equals: '2A' } }, depth: 1 })
    expect(corse.docs[0]).toMatchObject({ name: 'Corse-du-Sud', academy: { name: 'Corse' } })
    const pilots = await payload.find({
      collection: 'territories',
      where: { cohort: { equals: 'pilot' } },
      sort: 'name',
    })
    expect(pilots.docs.map((t) => t.name)).toEqual(['Aisne', "Val-d'Oise"])
  })

  it('creates the demo set once, then nothing on later runs', async () => {
    const first = await seedDemo(payload, devEnv)
    expect(first.created).toBeGreaterThan(20)
    const second = await seedDemo(payload, devEnv)
    expect(second.created).toBe(0)
    expect((await seedReferenceData(payload)).created).toBe(0)
    const pages = await payload.find({
      collection: 'pages',
      where: { 'tenant.slug': { equals: 'parentalite' } },
      limit: 0,
      sort: 'slug',
    })
    expect(pages.docs.map((p) => p.slug)).toEqual(['accessibilite', 'accueil', 'aide', 'contact', 'mentions-legales'])
    expect(pages.docs.filter((p) => p.placeholder)).toEqual([])
    // The whole demo set (history, TNE year, receipts and their PDFs) takes a minute or more on a busy machine.
  }, 300_000)

  it('gives the demo projects their gifts through the payment path: totals, gifts and ledger agree, with covers', async () => {
    const sea = (
      await payload.find({
        collection: 'projects',
        where: { slug: { equals: 'classe-de-mer-a-plouguerneau' } },
        depth: 1,
      })
    ).docs[0]
    // 1,240 € from 23 donors, and a 200 € top-up from the solidarity fund.
    expect(sea).toMatchObject({
      collectedCents: 144_000,
      donorCount: 23,
      cover: { alt: 'Dessin : un phare au bord de la mer, le soleil et des mouettes (illustration 1 sur 3)' },
    })
    // The teacher's story: a description, goals, a gallery, and budget lines adding up to the optimum.
    expect(JSON.stringify(sea.description)).toContain('pêche à pied sur l’estran')
    expect(sea.pedagogicalGoals).toContain('biodiversité')
    expect(sea.gallery).toHaveLength(2)
    expect(sea.budgetLines?.map((line) => line.label)).toContain('Transport en car, aller et retour')
    expect(sea.budgetLines?.reduce((sum, line) => sum + line.amountCents, 0)).toBe(sea.optimumGoalCents)
    const gifts = await payload.find({
      collection: 'donations',
      where: { and: [{ project: { equals: sea.id } }, { status: { equals: 'paid' } }] },
      limit: 0,
      pagination: false,
    })
    expect(gifts.docs.reduce((sum, d) => sum + d.amountCents, 0)).toBe(144_000)
    const ledger = await payload.find({
      collection: 'ledger-entries',
      where: { project: { equals: sea.id } },
      limit: 0,
      pagination: false,
    })
    expect(ledger.docs.reduce((sum, e) => sum + e.amountCents, 0)).toBe(144_000)
  })

  it('closes the demo’s ended campaigns through the outcome path, consistent with ledger:check', async () => {
    const bySlug = async (slug: string) =>
      (await payload.find({ collection: 'projects', where: { slug: { equals: slug } }, depth: 0 })).docs[0]
    const fresco = await bySlug('fresque-participative')
    expect(fresco.status).toBe('funds_released')
    expect(
      (await payload.find({ collection: 'payouts', where: { project: { equals: fresco.id } }, depth: 0 })).docs[0],
    ).toMatchObject({ collectedCents: 205_000, commissionCents: 13_325, payoutCents: 191_675, status: 'transferred' })
    const corsica = await bySlug('decouverte-de-la-corse')
    expect(corsica.status).toBe('failed')
    const gifts = (
      await payload.find({ collection: 'donations', where: { project: { equals: corsica.id } }, limit: 0, depth: 0 })
    ).docs
    const count = (status: string) => gifts.filter((g) => g.status === status).length
    expect([count('refunded'), count('reallocated'), count('paid')]).toEqual([
      gifts.length - count('reallocated') - count('paid'),
      7,
      3,
    ])
    expect(gifts.filter((g) => g.status === 'paid').every((g) => g.choiceDeadline)).toBe(true)
    const seeded = (
      await payload.find({
        collection: 'projects',
        where: { 'owner.email': { equals: 'enseignante@portail.example' } },
        limit: 0,
        depth: 0,
      })
    ).docs.map((p) => p.id)
    expect(await checkPayloadLedger(payload, { projectIds: seeded })).toEqual([])
    expect(await fundBalanceCents(payload)).toBeGreaterThanOrEqual(2_000_000 - 20_000)
  })

  it('issues the demo receipts (one cancelled and replaced), each structure with its manager', async () => {
    const receipts = (
      await payload.find({
        collection: 'fiscal-receipts',
        where: { 'donation.reference': { like: 'DEMO-' } },
        limit: 0,
        pagination: false,
        depth: 0,
        sort: 'id',
      })
    ).docs
    const live = receipts.filter((r) => r.status === 'live')
    expect(live.length).toBeGreaterThan(20)
    expect(live.every((r) => r.file)).toBe(true)
    const cancelled = receipts.filter((r) => r.status === 'cancelled')
    expect(cancelled).toHaveLength(1)
    expect(live.find((r) => r.id === cancelled[0].replacedBy)).toMatchObject({
      replaces: cancelled[0].id,
      donor: { city: 'Cergy' },
    })
    expect(new Set(live.map((r) => String(r.number).split('-')[0]))).toEqual(new Set(['OCCE95', 'SOLIDAIRE']))
    // One waits for its manager's check of a counterpart; OCCE 95's print its president's signature.
    expect(receipts.filter((r) => r.status === 'flagged')).toEqual([
      expect.objectContaining({ number: null, note: expect.stringContaining('contrepartie') }),
    ])
    expect(live.filter((r) => String(r.number).startsWith('OCCE95')).every((r) => r.issuerSnapshot?.signature)).toBe(
      true,
    )
    const structures = (
      await payload.find({
        collection: 'structures',
        where: { issuerCode: { in: ['OCCE95', 'TOULEUSES', 'SOLIDAIRE'] } },
        depth: 1,
        limit: 0,
      })
    ).docs
    expect(structures.map((s) => (s.managers?.docs ?? []).length)).toEqual([1, 1, 1])
  })

  it('holds the demo programmes of the 2023 report, the sponsor’s manager attached', async () => {
    const names = [
      'Classes de découverte en montagne',
      'Courte Échelle : coup de pouce final',
      'Développement durable : 1 € pour 1 €',
    ]
    const { docs } = await payload.find({
      collection: 'programmes',
      where: { name: { in: names } },
      sort: 'name',
      depth: 0,
      limit: 0,
    })
    expect(docs.map((p) => [p.name, p.mechanism, p.budgetCents ?? null])).toEqual([
      ['Classes de découverte en montagne', 'threshold', 2_000_000],
      ['Courte Échelle : coup de pouce final', 'gap_close', null],
      ['Développement durable : 1 € pour 1 €', 'match', 1_000_000],
    ])
    const sponsorManager = await payload.find({
      collection: 'users',
      where: { email: { equals: 'mecene@portail.example' } },
      depth: 1,
    })
    expect(sponsorManager.docs[0].sponsors?.map((s) => (typeof s === 'object' ? s.name : s))).toEqual([
      'Énergies Vertes',
    ])
  })

  it('holds about twenty demo projects over the states of the machine', async () => {
    const { docs } = await payload.find({
      collection: 'projects',
      where: { 'owner.email': { equals: 'enseignante@portail.example' } },
      limit: 0,
      depth: 0,
    })
    expect(docs.length).toBe(22)
    expect(new Set(docs.map((p) => p.status)).size).toBe(14)
    expect(docs.filter((p) => p.status === 'collecting')).toHaveLength(9)
  })

  it('seeds conventions that obey their own lifecycle: each holds what reaching its status required', async () => {
    const { docs } = await payload.find({ collection: 'conventions', limit: 500, depth: 0, pagination: false })
    // The move that led to each status, and what the rule says of the convention as seeded.
    const reachedBy: Partial<Record<ConventionStatus, [ConventionStatus, ConventionStatus]>> = {
      sent: ['draft', 'sent'],
      signed: ['sent', 'signed'],
      active: ['sent', 'signed'],
      closed: ['sent', 'signed'],
    }
    const broken = docs.flatMap((c) => {
      const move = reachedBy[c.status as ConventionStatus]
      if (!move) return []
      const decision = decideConventionTransition(move[0], move[1], {
        amountCents: c.amountCents,
        periodStart: c.periodStart,
        periodEnd: c.periodEnd,
        hasSignedFile: Boolean(c.signedFile),
        signatureDate: c.signatureDate,
      })
      return decision.ok ? [] : [`${c.reference ?? c.id} (${c.status})`]
    })
    expect(docs.some((c) => c.status === 'sent')).toBe(true)
    expect(broken).toEqual([])
  })

  it('gives every role a demo account that can log in', async () => {
    const roles = new Set(DEMO_ACCOUNTS.flatMap((a) => a.roles))
    expect([...roles].sort()).toEqual([
      'admin',
      'coordinator',
      'donor',
      'editor',
      'moderator',
      'sponsor',
      'structure-manager',
      'teacher',
    ])
    const login = await payload.login({
      collection: 'users',
      data: { email: 'coordinatrice.aisne@portail.example', password: DEMO_PASSWORD },
      depth: 1,
    })
    expect(login.user?.territories?.map((t) => (typeof t === 'object' ? t.name : t))).toEqual(['Aisne'])
  })

  it('never edits what exists: a renamed page keeps its title', async () => {
    const home = await payload.find({
      collection: 'pages',
      where: { and: [{ 'tenant.slug': { equals: 'projets' } }, { slug: { equals: 'accueil' } }] },
    })
    await payload.update({ collection: 'pages', id: home.docs[0].id, data: { title: 'Titre modifié' } })
    await seedDemo(payload, devEnv)
    expect((await payload.findByID({ collection: 'pages', id: home.docs[0].id })).title).toBe('Titre modifié')
  })

  it('reproduces the 2023 TNE figures of the activity report, exactly, on the admin dashboard and in its CSV export', async () => {
    const admin = await createUser(payload, ['admin'])
    const rows = (await loadIndicators(payload, { user: admin })).filter((r) => r.year === 2023)
    expect(totalIndicators(rows)).toEqual({
      conventionsSigned: 56,
      partnersByKind: {
        association: 46,
        commune: 4,
        intercommunality: 5,
        departmental_council: 1,
        school: 0,
        other: 0,
      },
      initiatives: 113,
      workshopsHeld: 187,
      parentsReached: 2536,
      mediatorsTrained: 187,
    })
    const pilots = rows.filter((r) => ['Aisne', "Val-d'Oise"].includes(r.territory))
    expect(totalIndicators(pilots)).toMatchObject({ workshopsHeld: 187, parentsReached: 2536 })
    // The dashboard's line for 2023, every territory: conventions, the four kinds of partners, initiatives, workshops, parents, mediators.
    const html = renderToStaticMarkup(await TneDashboard({ payload, user: admin } as never))
    const line = /<tr data-territory="Tous les territoires" data-year="2023"[^>]*>(.*?)<\/tr>/.exec(html)?.[1] ?? ''
    expect([...line.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]))).toEqual([
      2023, 56, 46, 4, 5, 1, 113, 187, 2536, 187,
    ])
    const csv = await (
      await restResponse('GET', '/territories/indicators?year=2023&format=csv', {
        token: await tokenFor(payload, admin.email),
      })
    ).text()
    expect(csv.split('\n')[0]).toContain('Territoire;Année;Conventions signées;Associations')
    expect(csv.trim().split('\n')).toHaveLength(1 + 6)
    // A coordinator of Aisne gets Aisne's line only.
    const aisne = (await payload.find({ collection: 'territories', where: { slug: { equals: 'aisne' } }, depth: 0 }))
      .docs[0]
    const coordinator = await createUser(payload, ['coordinator'], { territories: [aisne.id] })
    const own = await (
      await restResponse('GET', '/territories/indicators?year=2023', {
        token: await tokenFor(payload, coordinator.email),
      })
    ).json()
    expect(own.rows).toMatchObject([
      {
        territory: 'Aisne',
        conventionsSigned: 12,
        partnersByKind: { association: 9, intercommunality: 2, departmental_council: 1 },
        initiatives: 25,
        workshopsHeld: 80,
        mediatorsTrained: 40,
      },
    ])
  })

  it('refuses to run in production', async () => {
    const production = parseEnv(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x@y/z',
        PAYLOAD_SECRET: 'p'.repeat(32),
        SERVER_URL: 'https://p.example',
        SMTP_HOST: 'smtp',
        EMAIL_FROM_ADDRESS: 'a@p.example',
        S3_BUCKET: 'medias',
        STRIPE_SECRET_KEY: 'sk_live_x',
        STRIPE_WEBHOOK_SECRET: 'whsec_x',
        SITE_HOSTS_PROJETS: 'projets.p.example',
        SITE_HOSTS_PARENTALITE: 'tne.p.example',
      },
      () => 'unused',
    )
    await expect(seedDemo(payload, production)).rejects.toThrow('The demo seed never runs in production')
  })
})
