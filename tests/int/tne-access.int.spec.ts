import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Convention, FundCall, Partner, User, Workshop } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { FORBIDDEN, createUser, idOf, testPayload, unique } from '../helpers/factories'
import { graphql, rest, tokenFor } from '../helpers/rest'
import { createConventionIn, createPartner, createWorkshop, uploadPdf } from '../helpers/tne'

type Account = User & { collection: 'users' }
let payload: Payload
let aisne: number
let herault: number
let aisneCoordinator: Account
let editor: Account
let admin: Account
let teacher: Account
let token: string
const heraultRecords: Record<string, number> = {}
const aisneRecords: Record<string, number> = {}
let heraultConvention: Convention
let heraultPrivateWorkshop: Workshop
let heraultPublicWorkshop: Workshop
let heraultCall: FundCall
let heraultListedPartner: Partner

beforeAll(async () => {
  payload = await testPayload()
  aisne = await idOf(payload, 'territories', 'slug', 'aisne')
  herault = await idOf(payload, 'territories', 'slug', 'herault')
  aisneCoordinator = await createUser(payload, ['coordinator'], { territories: [aisne] })
  editor = await createUser(payload, ['editor'])
  admin = await createUser(payload, ['admin'])
  teacher = await createUser(payload, ['teacher'])
  token = await tokenFor(payload, aisneCoordinator.email)

  heraultConvention = await createConventionIn(payload, herault, 'active')
  heraultCall = await payload.create({
    collection: 'fund-calls',
    data: {
      convention: heraultConvention.id,
      amountCents: 1000,
      label: 'Appel',
      requestDate: new Date().toISOString(),
    },
    depth: 0,
  })
  heraultPrivateWorkshop = await createWorkshop(payload, herault, {
    published: false,
    convention: heraultConvention.id,
  })
  heraultPublicWorkshop = await createWorkshop(payload, herault, { published: true, convention: heraultConvention.id })
  heraultListedPartner = await createPartner(payload, herault, {
    publicListing: true,
    siret: '12345678901234',
    address: '1 place de la Comédie, Montpellier',
    contacts: [{ name: 'Jeanne Martin', email: 'jeanne@example.org' }],
  })
  Object.assign(heraultRecords, {
    conventions: heraultConvention.id,
    'fund-calls': heraultCall.id,
    workshops: heraultPrivateWorkshop.id,
    'convention-files': heraultConvention.signedFile as number,
    partners: (await createPartner(payload, herault)).id,
  })
  const aisneConvention = await createConventionIn(payload, aisne, 'active')
  Object.assign(aisneRecords, {
    conventions: aisneConvention.id,
    'fund-calls': (
      await payload.create({
        collection: 'fund-calls',
        data: {
          convention: aisneConvention.id,
          amountCents: 1000,
          label: 'Appel',
          requestDate: new Date().toISOString(),
        },
        depth: 0,
      })
    ).id,
    workshops: (await createWorkshop(payload, aisne, { published: false })).id,
    'convention-files': aisneConvention.signedFile as number,
    partners: (await createPartner(payload, aisne)).id,
  })
})

afterAll(async () => {
  await closePayload(payload)
})

const COLLECTIONS = ['conventions', 'fund-calls', 'workshops', 'convention-files', 'partners'] as const

describe('a coordinator acts only in their own territories, in every TNE collection', () => {
  it.each(COLLECTIONS)('%s: reads their own, not another territory’s (Local API)', async (collection) => {
    const asCoordinator = { user: aisneCoordinator, overrideAccess: false } as const
    expect(
      (
        await payload.findByID({
          collection: collection as CollectionSlug,
          id: aisneRecords[collection],
          ...asCoordinator,
          depth: 0,
        })
      ).id,
    ).toBe(aisneRecords[collection])
    await expect(
      payload.findByID({ collection: collection as CollectionSlug, id: heraultRecords[collection], ...asCoordinator }),
    ).rejects.toThrow('Pas trouvé')
    const list = await payload.find({ collection: collection as CollectionSlug, ...asCoordinator, limit: 0, depth: 0 })
    expect(list.docs.map((d) => d.id)).not.toContain(heraultRecords[collection])
  })

  it.each(COLLECTIONS)('%s: neither updates nor deletes another territory’s record (REST)', async (collection) => {
    const id = heraultRecords[collection]
    const body =
      collection === 'fund-calls'
        ? { label: 'Détourné' }
        : collection === 'convention-files'
          ? { territory: aisne }
          : collection === 'conventions'
            ? { object: 'Détourné' }
            : { name: 'Détourné', title: 'Détourné' }
    expect((await rest('PATCH', `/${collection}/${id}`, { token, body })).status).toBe(403)
    expect((await rest('GET', `/${collection}/${id}`, { token })).status).toBe(404)
    await expect(
      payload.delete({ collection: collection as CollectionSlug, id, user: aisneCoordinator, overrideAccess: false }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: collection as CollectionSlug, id, depth: 0 })).id).toBe(id)
  })

  it('cannot create a workshop, a partner, a file or a convention in a territory they do not hold', async () => {
    const asCoordinator = { user: aisneCoordinator, overrideAccess: false } as const
    await expect(
      payload.create({
        collection: 'workshops',
        data: {
          title: unique('Intrus'),
          territory: herault,
          format: 'workshop',
          theme: 'safe_internet',
          audience: 'parents_primary',
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          commune: 'Sète',
          venue: 'Salle',
          status: 'planned',
        } as Workshop,
        ...asCoordinator,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.create({
        collection: 'conventions',
        data: { territory: herault, partner: heraultRecords.partners, kind: 'partnership', year: 2031 },
        ...asCoordinator,
      }),
    ).rejects.toThrow(FORBIDDEN)
    const rejected = await rest('POST', '/workshops', {
      token,
      body: {
        title: unique('Intrus'),
        territory: herault,
        format: 'workshop',
        theme: 'safe_internet',
        audience: 'parents_primary',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        commune: 'Sète',
        venue: 'Salle',
      },
    })
    expect(rejected.status).toBe(403)
    expect((await payload.count({ collection: 'workshops', where: { title: { like: 'Intrus' } } })).totalDocs).toBe(0)
  })

  it('cannot move a workshop of theirs to another territory, nor point it at another territory’s convention', async () => {
    const mine = aisneRecords.workshops
    expect((await rest('PATCH', `/workshops/${mine}`, { token, body: { territory: herault } })).status).toBe(403)
    const linked = await rest('PATCH', `/workshops/${mine}`, { token, body: { convention: heraultConvention.id } })
    expect(linked.status).toBe(400)
    expect(JSON.stringify(linked.json)).toContain('Choisissez une convention du territoire de l’atelier.')
    expect(await payload.findByID({ collection: 'workshops', id: mine, depth: 0 })).toMatchObject({
      territory: aisne,
      convention: null,
    })
  })

  it('GraphQL lists only their territory’s conventions, calls and private workshops', async () => {
    const { data, errors } = await graphql(
      '{ Conventions(limit: 100, sort: "-createdAt") { docs { id } } FundCalls(limit: 100, sort: "-createdAt") { docs { id } } Workshops(limit: 100, sort: "-createdAt", where: { published: { equals: false } }) { docs { id } } ConventionFiles(limit: 100, sort: "-createdAt") { docs { id } } }',
      token,
    )
    expect(errors).toBeUndefined()
    const ids = (key: string) => ((data?.[key] as { docs: { id: number }[] }).docs ?? []).map((d) => d.id)
    expect(ids('Conventions')).toContain(aisneRecords.conventions)
    expect(ids('Conventions')).not.toContain(heraultRecords.conventions)
    expect(ids('FundCalls')).not.toContain(heraultRecords['fund-calls'])
    expect(ids('Workshops')).toContain(aisneRecords.workshops)
    expect(ids('Workshops')).not.toContain(heraultPrivateWorkshop.id)
    expect(ids('ConventionFiles')).not.toContain(heraultRecords['convention-files'])
    const single = await graphql(`{ Convention(id: ${heraultConvention.id}) { id reference } }`, token)
    expect(single.data?.Convention ?? null).toBeNull()
  })

  it('relationship population (depth) never reveals another territory’s records', async () => {
    // Hérault's published workshop is public, but not to Aisne's coordinator in the admin and API
    // (their territories only); a visitor or an editor reads it, and its convention stays an id.
    await expect(
      payload.findByID({
        collection: 'workshops',
        id: heraultPublicWorkshop.id,
        user: aisneCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow('Pas trouvé')
    for (const user of [editor, undefined]) {
      const workshop = await payload.findByID({
        collection: 'workshops',
        id: heraultPublicWorkshop.id,
        depth: 2,
        user,
        overrideAccess: false,
      })
      expect(workshop.convention).toBe(heraultConvention.id)
    }
    const viaRest = await rest('GET', `/workshops/${heraultPublicWorkshop.id}?depth=2`)
    expect((viaRest.json as { convention: unknown }).convention).toBe(heraultConvention.id)
    // Aisne's own convention, read at depth 2: its partner and file are there, its calls too.
    const own = await payload.findByID({
      collection: 'conventions',
      id: aisneRecords.conventions,
      depth: 2,
      user: aisneCoordinator,
      overrideAccess: false,
    })
    expect(typeof own.partner === 'object' && own.partner?.territory).toMatchObject({ id: aisne })
    // The territory's join lists no coordinator account to a coordinator of another territory.
    const territory = await payload.findByID({
      collection: 'territories',
      id: herault,
      depth: 1,
      user: aisneCoordinator,
      overrideAccess: false,
    })
    expect(territory.coordinators?.docs ?? []).toEqual([])
    // A convention's fund calls (join), as seen by the admin, are all there.
    const asAdmin = await payload.findByID({
      collection: 'conventions',
      id: heraultConvention.id,
      depth: 1,
      user: admin,
      overrideAccess: false,
    })
    expect((asAdmin.fundCalls?.docs ?? []).map((c) => (typeof c === 'object' ? c.id : c))).toContain(heraultCall.id)
  })

  it('admins see every territory’s records', async () => {
    for (const collection of COLLECTIONS) {
      const found = await payload.findByID({
        collection: collection as CollectionSlug,
        id: heraultRecords[collection],
        user: admin,
        overrideAccess: false,
        depth: 0,
      })
      expect(found.id).toBe(heraultRecords[collection])
    }
  })
})

describe('editors, teachers and visitors see only public TNE content', () => {
  it.each(['conventions', 'fund-calls', 'convention-files', 'form-submissions'] as const)(
    '%s: refused to editors, teachers and visitors',
    async (collection) => {
      await expect(payload.find({ collection, user: editor, overrideAccess: false })).rejects.toThrow(FORBIDDEN)
      await expect(payload.find({ collection, user: teacher, overrideAccess: false })).rejects.toThrow(FORBIDDEN)
      await expect(payload.find({ collection, overrideAccess: false })).rejects.toThrow(FORBIDDEN)
    },
  )

  it('published workshops only', async () => {
    for (const user of [editor, teacher, undefined]) {
      const { docs } = await payload.find({ collection: 'workshops', user, overrideAccess: false, limit: 0, depth: 0 })
      expect(docs.every((w) => w.published)).toBe(true)
      expect(docs.map((w) => w.id)).toContain(heraultPublicWorkshop.id)
      expect(docs.map((w) => w.id)).not.toContain(heraultPrivateWorkshop.id)
    }
  })

  it('listed partners only, without SIRET, address or contacts', async () => {
    const { docs } = await payload.find({ collection: 'partners', overrideAccess: false, limit: 0, depth: 0 })
    expect(docs.every((p) => p.publicListing)).toBe(true)
    const listed = docs.find((p) => p.id === heraultListedPartner.id)!
    expect(listed.name).toBe(heraultListedPartner.name)
    expect([listed.siret, listed.address, listed.contacts ?? []]).toEqual([undefined, undefined, []])
    const asEditor = await payload.findByID({
      collection: 'partners',
      id: heraultListedPartner.id,
      user: editor,
      overrideAccess: false,
    })
    expect([asEditor.siret, asEditor.contacts ?? []]).toEqual([undefined, []])
    // Another territory's coordinator does not reach it through the API; Hérault's own sees the contacts.
    await expect(
      payload.findByID({
        collection: 'partners',
        id: heraultListedPartner.id,
        user: aisneCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow('Pas trouvé')
    const heraultCoordinator = await createUser(payload, ['coordinator'], { territories: [herault] })
    const asHerault = await payload.findByID({
      collection: 'partners',
      id: heraultListedPartner.id,
      user: heraultCoordinator,
      overrideAccess: false,
    })
    expect(asHerault.contacts?.[0].name).toBe('Jeanne Martin')
  })

  it('questionnaires are written by the GIP (admins, editors), not by coordinators; counters by nobody', async () => {
    const data = {
      title: unique('Questionnaire'),
      fields: [],
      confirmationType: 'message' as const,
      submitButtonLabel: 'Envoyer',
    }
    await expect(
      payload.create({ collection: 'forms', data: data as never, user: aisneCoordinator, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.find({ collection: 'convention-counters', user: aisneCoordinator, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.find({ collection: 'convention-counters', user: admin, overrideAccess: false }),
    ).resolves.toMatchObject({ totalDocs: expect.any(Number) })
  })

  it('indicators: 401 for visitors, 403 for editors, a coordinator’s own territories only', async () => {
    expect((await rest('GET', '/territories/indicators')).status).toBe(401)
    expect(
      (await rest('GET', '/territories/indicators', { token: await tokenFor(payload, editor.email) })).status,
    ).toBe(403)
    expect((await rest('GET', '/territories/indicators?format=xlsx', { token })).status).toBe(400)
    const other = await rest('GET', `/territories/indicators?territory=${herault}`, { token })
    expect(other.json).toEqual({ rows: [] })
  })

  it('no write to any TNE collection', async () => {
    await expect(
      payload.create({
        collection: 'workshops',
        data: {
          title: 'x',
          territory: aisne,
          format: 'workshop',
          theme: 'safe_internet',
          audience: 'parents_primary',
          startsAt: new Date().toISOString(),
          commune: 'Laon',
          venue: 'Salle',
          status: 'planned',
        } as Workshop,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.create({
        collection: 'partners',
        data: { name: 'x', kind: 'association', territory: aisne },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      uploadPdf(payload, aisne).then((f) =>
        payload.update({
          collection: 'convention-files',
          id: f.id,
          data: { territory: herault },
          user: editor,
          overrideAccess: false,
        }),
      ),
    ).rejects.toThrow(FORBIDDEN)
  })
})
