import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { QUESTIONNAIRE_CLIENT } from '@/domain/write-context'
import type { User, Workshop } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { resetLimit } from '@/services/rate-limit'
import { PEER_HEADER, installPeerAddressHeader } from '@/services/rate-limit/peer-header'

import { createUser, idOf, testPayload, unique } from '../helpers/factories'
import { rest, restRaw, restResponse, tokenFor } from '../helpers/rest'
import { createWorkshop } from '../helpers/tne'

type Account = User & { collection: 'users' }
let payload: Payload
let aisne: number
let herault: number
let coordinator: Account
let heraultCoordinator: Account
let formId: number

beforeAll(async () => {
  payload = await testPayload()
  aisne = await idOf(payload, 'territories', 'slug', 'aisne')
  herault = await idOf(payload, 'territories', 'slug', 'herault')
  coordinator = await createUser(payload, ['coordinator'], { territories: [aisne] })
  heraultCoordinator = await createUser(payload, ['coordinator'], { territories: [herault] })
  formId = (await payload.find({ collection: 'forms', where: { isParentsQuestionnaire: { equals: true } }, limit: 1 }))
    .docs[0].id
})

afterAll(async () => {
  await closePayload(payload)
})

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
const asCoordinator = () => ({ user: coordinator, overrideAccess: false }) as const

describe('workshops', () => {
  it('a coordinator plans, publishes, then records the participants once it is held', async () => {
    const planned = await payload.create({
      collection: 'workshops',
      data: {
        title: unique('Atelier'),
        territory: aisne,
        format: 'parents_cafe',
        theme: 'cyber_harassment',
        audience: 'parents_college',
        startsAt: daysAgo(-10),
        commune: 'Laon',
        venue: 'Médiathèque',
        capacity: 15,
        status: 'planned',
      } as Workshop,
      ...asCoordinator(),
    })
    expect(planned).toMatchObject({ status: 'planned', published: false })
    expect(
      (await payload.update({ collection: 'workshops', id: planned.id, data: { published: true }, ...asCoordinator() }))
        .published,
    ).toBe(true)
    // Participants before the event: refused on the field, nothing written.
    await expect(
      payload.update({
        collection: 'workshops',
        id: planned.id,
        data: { status: 'held', participants: 12 },
        ...asCoordinator(),
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [{ path: 'status', message: 'Un atelier ne peut être marqué réalisé qu’une fois sa date passée.' }],
      },
    })
    const past = await createWorkshop(payload, aisne, { startsAt: daysAgo(2) })
    await expect(
      payload.update({ collection: 'workshops', id: past.id, data: { participants: 12 }, ...asCoordinator() }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          {
            path: 'participants',
            message: 'Les participants se comptent après l’atelier : marquez-le d’abord réalisé.',
          },
        ],
      },
    })
    const held = await payload.update({
      collection: 'workshops',
      id: past.id,
      data: { status: 'held', participants: 12 },
      ...asCoordinator(),
    })
    expect(held).toMatchObject({ status: 'held', participants: 12 })
    expect((await payload.findByID({ collection: 'workshops', id: planned.id })).status).toBe('planned')
  })

  it('a coordinator of Hérault cannot record participants for an Aisne workshop', async () => {
    const past = await createWorkshop(payload, aisne, { startsAt: daysAgo(2) })
    await expect(
      payload.update({
        collection: 'workshops',
        id: past.id,
        data: { status: 'held', participants: 99 },
        user: heraultCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'workshops', id: past.id })).participants ?? null).toBeNull()
  })
})

describe('the parents’ questionnaire', () => {
  const answer = (workshop: Workshop, values: Record<string, string>, client = unique('client')) =>
    payload.create({
      collection: 'form-submissions',
      data: {
        form: formId,
        workshop: workshop.id,
        submissionData: Object.entries(values).map(([field, value]) => ({ field, value })),
      },
      context: { [QUESTIONNAIRE_CLIENT]: client },
      depth: 0,
    })
  const good = { satisfaction: '4', utilite: 'oui', recommandation: 'oui' }
  const countFor = async (workshop: Workshop) =>
    (await payload.count({ collection: 'form-submissions', where: { workshop: { equals: workshop.id } } })).totalDocs

  it('stores the answers only, anonymously, with the workshop’s territory', async () => {
    const workshop = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 10 })
    const stored = await answer(workshop, { ...good, commentaire: ' Très utile ', inconnu: 'rien', site_web: '' })
    expect(stored.territory).toBe(aisne)
    expect(stored.submissionData?.map((e) => [e.field, e.value])).toEqual([
      ['satisfaction', '4'],
      ['utilite', 'oui'],
      ['recommandation', 'oui'],
      ['commentaire', 'Très utile'],
    ])
  })

  it('e-mails nobody about an answer, and logs nothing about e-mail', async () => {
    const workshop = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 10 })
    const emailJobs = async () =>
      (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } } })).totalDocs
    const before = await emailJobs()
    const logged = [vi.spyOn(payload.logger, 'info'), vi.spyOn(payload.logger, 'error')]
    try {
      await answer(workshop, good)
      expect(logged.flatMap((spy) => spy.mock.calls).map((call) => JSON.stringify(call))).not.toContainEqual(
        expect.stringMatching(/email/i),
      )
    } finally {
      for (const spy of logged) spy.mockRestore()
    }
    expect(await emailJobs()).toBe(before)
  })

  it('refuses a missing or invented answer, on its field, in French', async () => {
    const workshop = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 10 })
    await expect(answer(workshop, { satisfaction: '9', utilite: 'oui' })).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          { path: 'satisfaction', message: 'Choisissez une des réponses proposées.' },
          { path: 'recommandation', message: 'Choisissez une réponse.' },
        ],
      },
    })
    expect(await countFor(workshop)).toBe(0)
  })

  it('refuses the honeypot, a workshop not held yet, a cancelled or unpublished one, and past 30 days', async () => {
    const open = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 10 })
    await expect(answer(open, { ...good, site_web: 'http://spam.example' })).rejects.toMatchObject({
      status: 400,
      message: 'Votre réponse n’a pas pu être enregistrée.',
    })
    const future = await createWorkshop(payload, aisne)
    await expect(answer(future, good)).rejects.toMatchObject({
      status: 409,
      message: 'Le questionnaire ouvrira après l’atelier.',
    })
    const cancelled = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'cancelled' })
    await expect(answer(cancelled, good)).rejects.toMatchObject({ status: 409 })
    const hidden = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), published: false })
    await expect(answer(hidden, good)).rejects.toMatchObject({ status: 409 })
    const old = await createWorkshop(payload, aisne, { startsAt: daysAgo(31), status: 'held', participants: 10 })
    await expect(answer(old, good)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('clos') })
    for (const w of [open, future, cancelled, hidden, old]) expect(await countFor(w)).toBe(0)
  })

  it('stops a flood: 5 answers per address in 10 minutes, and no more answers than participants', async () => {
    const workshop = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 7 })
    const client = unique('same-address')
    for (let i = 0; i < 5; i++) await answer(workshop, good, client)
    await expect(answer(workshop, good, client)).rejects.toMatchObject({
      status: 429,
      message: 'Trop de réponses envoyées depuis cette connexion : réessayez dans 10 minutes.',
    })
    // Other addresses: up to the 7 participants, even all at once.
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => answer(workshop, good)))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2)
    expect(await countFor(workshop)).toBe(7)
  })

  it('the REST API applies the same rules: 5 per client address, which a forged X-Forwarded-For does not change', async () => {
    const workshop = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 50 })
    const body = JSON.stringify({
      form: formId,
      workshop: workshop.id,
      submissionData: Object.entries(good).map(([field, value]) => ({ field, value })),
    })
    installPeerAddressHeader()
    // One visitor (the peer the server sees) claiming a new address in each request: no trusted proxy, so the header is ignored.
    const peer = `192.0.2.${Math.floor(Math.random() * 250) + 1}`
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await restRaw('/form-submissions', body, { [PEER_HEADER]: peer, 'X-Forwarded-For': `203.0.113.${i + 1}` }))
          .status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const refused = await restRaw('/form-submissions', body, {
      [PEER_HEADER]: peer,
      'X-Forwarded-For': '198.51.100.99',
    })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /^Trop de réponses envoyées depuis cette connexion : réessayez dans \d+ minutes\.$/,
    )
    // Another visitor is not concerned.
    expect((await restRaw('/form-submissions', body, { [PEER_HEADER]: '192.0.2.251' })).status).toBe(201)
    expect(await countFor(workshop)).toBe(6)
  })

  it('a request whose address is unknown is counted in one shared bucket, never let through uncounted', async () => {
    const workshop = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 50 })
    const post = () =>
      restResponse('POST', '/form-submissions', {
        body: {
          form: formId,
          workshop: workshop.id,
          submissionData: Object.entries(good).map(([field, value]) => ({ field, value })),
        },
      })
    await resetLimit('questionnaire.client', null)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await post()).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    await resetLimit('questionnaire.client', null)
  })

  it('results are aggregated per workshop and territory, for the territory’s coordinators, and exported as CSV', async () => {
    const workshop = await createWorkshop(payload, aisne, {
      startsAt: daysAgo(1),
      status: 'held',
      participants: 10,
      title: unique('Atelier résultats'),
    })
    await answer(workshop, { satisfaction: '4', utilite: 'oui', recommandation: 'oui', enfants: '2' })
    await answer(workshop, { satisfaction: '3', utilite: 'non', recommandation: 'oui', enfants: '1' })
    const token = await tokenFor(payload, coordinator.email)
    const { status, json } = await rest('GET', `/form-submissions/results?workshop=${workshop.id}`, { token })
    expect(status).toBe(200)
    const results = json as unknown as {
      workshops: {
        id: number
        results: {
          answers: number
          questions: { name: string; counts?: { value: string; count: number }[]; average?: number }[]
        }
      }[]
      territories: { name: string }[]
    }
    expect(results.workshops).toHaveLength(1)
    const [mine] = results.workshops
    expect(mine.results.answers).toBe(2)
    expect(mine.results.questions.find((q) => q.name === 'satisfaction')?.counts).toEqual([
      { value: '4', label: 'Très satisfait(e)', count: 1 },
      { value: '3', label: 'Plutôt satisfait(e)', count: 1 },
      { value: '2', label: 'Plutôt pas satisfait(e)', count: 0 },
      { value: '1', label: 'Pas du tout satisfait(e)', count: 0 },
    ])
    expect(mine.results.questions.find((q) => q.name === 'enfants')?.average).toBe(1.5)
    expect(results.territories.map((t) => t.name)).toEqual(['Aisne'])
    const csv = await (
      await restResponse('GET', `/form-submissions/results?workshop=${workshop.id}&format=csv`, { token })
    ).text()
    expect(csv).toContain('Atelier;Aisne;')
    expect(csv).toContain(';Dans l’ensemble, êtes-vous satisfait(e) de l’atelier ?;Très satisfait(e);1;')
    // Hérault's coordinator sees none of Aisne's answers; visitors and editors are refused.
    const theirs = await rest('GET', `/form-submissions/results?workshop=${workshop.id}`, {
      token: await tokenFor(payload, heraultCoordinator.email),
    })
    expect((theirs.json as { workshops: unknown[] }).workshops).toEqual([])
    expect((await rest('GET', '/form-submissions/results')).status).toBe(401)
    const editor = await createUser(payload, ['editor'])
    expect(
      (await rest('GET', '/form-submissions/results', { token: await tokenFor(payload, editor.email) })).status,
    ).toBe(403)
    await expect(
      payload.find({
        collection: 'form-submissions',
        where: { workshop: { equals: workshop.id } },
        user: heraultCoordinator,
        overrideAccess: false,
      }),
    ).resolves.toMatchObject({ totalDocs: 0 })
  })

  it('answers are never changed, even by their territory’s coordinator', async () => {
    const workshop = await createWorkshop(payload, aisne, { startsAt: daysAgo(1), status: 'held', participants: 10 })
    const stored = await answer(workshop, good)
    await expect(
      payload.update({
        collection: 'form-submissions',
        id: stored.id,
        data: { submissionData: [] },
        ...asCoordinator(),
      }),
    ).rejects.toThrow()
  })
})
