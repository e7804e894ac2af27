import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Partner, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { FORBIDDEN, createUser, idOf, testPayload, unique } from '../helpers/factories'

let payload: Payload
let aisne: number
let herault: number
let admin: User & { collection: 'users' }
let teacher: User & { collection: 'users' }
let otherTeacher: User & { collection: 'users' }
let editor: User & { collection: 'users' }
let aisneCoordinator: User & { collection: 'users' }
let aisnePartner: Partner
let heraultPartner: Partner

beforeAll(async () => {
  payload = await testPayload()
  aisne = await idOf(payload, 'territories', 'slug', 'aisne')
  herault = await idOf(payload, 'territories', 'slug', 'herault')
  admin = await createUser(payload, ['admin'])
  teacher = await createUser(payload, ['teacher'])
  otherTeacher = await createUser(payload, ['teacher'])
  editor = await createUser(payload, ['editor'])
  aisneCoordinator = await createUser(payload, ['coordinator'], { territories: [aisne] })
  aisnePartner = await payload.create({
    collection: 'partners',
    data: { name: unique('Partenaire Aisne'), kind: 'association', territory: aisne },
  })
  heraultPartner = await payload.create({
    collection: 'partners',
    data: { name: unique('Partenaire Hérault'), kind: 'commune', territory: herault },
  })
})

afterAll(async () => {
  await closePayload(payload)
})

describe('users', () => {
  it('anonymous visitors cannot list users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(FORBIDDEN)
  })

  it('a teacher cannot read another user, and lists only themself', async () => {
    await expect(
      payload.findByID({ collection: 'users', id: otherTeacher.id, user: teacher, overrideAccess: false }),
    ).rejects.toThrow('Pas trouvé')
    const list = await payload.find({ collection: 'users', user: teacher, overrideAccess: false })
    expect(list.docs.map((u) => u.id)).toEqual([teacher.id])
  })

  it('an editor lists only colleagues of the staff, named without their e-mail (no teacher, no donor); an admin lists everyone', async () => {
    const asEditor = await payload.find({
      collection: 'users',
      user: editor,
      overrideAccess: false,
      limit: 0,
      pagination: false,
    })
    expect(asEditor.docs.map((u) => u.id)).toContain(editor.id)
    expect(asEditor.docs.map((u) => u.id)).not.toContain(teacher.id)
    expect(asEditor.docs.every((u) => u.roles?.some((r) => r !== 'teacher' && r !== 'donor'))).toBe(true)
    expect(asEditor.docs.filter((u) => u.id !== editor.id && u.email !== undefined)).toEqual([])
    const asAdmin = await payload.find({
      collection: 'users',
      user: admin,
      overrideAccess: false,
      where: { id: { in: [teacher.id, otherTeacher.id] } },
    })
    expect(asAdmin.totalDocs).toBe(2)
  })

  it('a teacher cannot give themself a role or a territory', async () => {
    await payload.update({
      collection: 'users',
      id: teacher.id,
      data: { roles: ['admin'], territories: [aisne], firstName: 'Inès' },
      user: teacher,
      overrideAccess: false,
    })
    const stored = await payload.findByID({ collection: 'users', id: teacher.id, depth: 0 })
    expect(stored.roles).toEqual(['teacher'])
    expect(stored.territories ?? []).toEqual([])
    expect(stored.firstName).toBe('Inès')
  })

  it('a teacher cannot create accounts or delete another user', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `${unique('x')}@test.example`, password: 'mot-de-passe-tres-long', roles: ['admin'] },
        user: teacher,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.delete({ collection: 'users', id: otherTeacher.id, user: teacher, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
  })

  it('refuses passwords shorter than 12 characters, on the password field, in French', async () => {
    const attempt = payload.create({
      collection: 'users',
      data: { email: `${unique('short')}@test.example`, password: 'court-11car', roles: ['donor'] },
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'password', message: 'Le mot de passe doit contenir au moins 12 caractères.' }] },
    })
    await expect(
      payload.update({
        collection: 'users',
        id: teacher.id,
        data: { password: 'trop-court' },
        user: teacher,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('no account is locked by failed logins (anybody could lock anybody’s); visitors are rate-limited instead, see sign-in-abuse.int.spec.ts', async () => {
    const user = await createUser(payload, ['donor'])
    for (let i = 0; i < 6; i++) {
      await expect(
        payload.login({ collection: 'users', data: { email: user.email, password: 'mauvais-mot-de-passe' } }),
      ).rejects.toThrow('L’adresse e-mail ou le mot de passe fourni est incorrect.')
    }
    await expect(
      payload.login({ collection: 'users', data: { email: user.email, password: 'mot-de-passe-de-test-2026' } }),
    ).resolves.toMatchObject({ user: { id: user.id } })
  })
})

describe('TNE territories: a coordinator acts only in their own', () => {
  it('reads and updates a partner of Aisne', async () => {
    const read = await payload.findByID({
      collection: 'partners',
      id: aisnePartner.id,
      user: aisneCoordinator,
      overrideAccess: false,
    })
    expect(read.name).toBe(aisnePartner.name)
    const updated = await payload.update({
      collection: 'partners',
      id: aisnePartner.id,
      data: { address: '2 rue de Laon, 02000 Laon' },
      user: aisneCoordinator,
      overrideAccess: false,
    })
    expect(updated.address).toBe('2 rue de Laon, 02000 Laon')
  })

  it('cannot read, list, update or delete a partner of Hérault', async () => {
    await expect(
      payload.findByID({
        collection: 'partners',
        id: heraultPartner.id,
        user: aisneCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow('Pas trouvé')
    const list = await payload.find({ collection: 'partners', user: aisneCoordinator, overrideAccess: false, limit: 0 })
    expect(
      list.docs.every((p) => p.territory === aisne || (typeof p.territory === 'object' && p.territory.id === aisne)),
    ).toBe(true)
    expect(list.docs.map((p) => p.id)).not.toContain(heraultPartner.id)
    await expect(
      payload.update({
        collection: 'partners',
        id: heraultPartner.id,
        data: { name: 'Détourné' },
        user: aisneCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'partners', id: heraultPartner.id, user: aisneCoordinator, overrideAccess: false }),
    ).rejects.toThrow()
    const untouched = await payload.findByID({ collection: 'partners', id: heraultPartner.id })
    expect(untouched.name).toBe(heraultPartner.name)
  })

  it('cannot create a partner in Hérault, nor move one of Aisne there', async () => {
    await expect(
      payload.create({
        collection: 'partners',
        data: { name: unique('Intrus'), kind: 'association', territory: herault },
        user: aisneCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    await expect(
      payload.update({
        collection: 'partners',
        id: aisnePartner.id,
        data: { territory: herault },
        user: aisneCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'partners', id: aisnePartner.id, depth: 0 })
    expect(stored.territory).toBe(aisne)
  })

  it('updates the presentation of Aisne but not of Hérault, and cannot rename its territory', async () => {
    const summary = unique('Présentation')
    const updated = await payload.update({
      collection: 'territories',
      id: aisne,
      data: { summary, name: 'Renommé' },
      user: aisneCoordinator,
      overrideAccess: false,
    })
    expect(updated.summary).toBe(summary)
    expect(updated.name).toBe('Aisne')
    await expect(
      payload.update({
        collection: 'territories',
        id: herault,
        data: { summary: 'Détourné' },
        user: aisneCoordinator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('anonymous visitors and teachers read only partners listed publicly, never their contacts (personal data)', async () => {
    for (const user of [undefined, teacher]) {
      const { docs } = await payload.find({ collection: 'partners', user, overrideAccess: false, limit: 0 })
      expect(docs.map((p) => p.id)).not.toContain(aisnePartner.id)
      expect(docs.every((p) => p.publicListing && (p.contacts ?? []).length === 0 && p.address === undefined)).toBe(
        true,
      )
    }
  })

  it('anonymous visitors can read the territories, a public reference', async () => {
    const { totalDocs } = await payload.find({ collection: 'territories', overrideAccess: false, limit: 0 })
    expect(totalDocs).toBe(12)
  })
})

describe('reference data', () => {
  it('is public to read but only admins change it', async () => {
    const { totalDocs } = await payload.find({ collection: 'departments', overrideAccess: false, limit: 0 })
    expect(totalDocs).toBe(101)
    await expect(
      payload.create({
        collection: 'themes',
        data: { name: unique('Thème'), slug: unique('theme') },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
    // No slug given: it is made from the name.
    const theme = await payload.create({
      collection: 'themes',
      data: { name: unique('Thème') } as { name: string; slug: string },
      user: admin,
      overrideAccess: false,
    })
    expect(theme.slug).toMatch(/^theme-[a-z0-9]+$/)
  })

  it('refuses an establishment whose UAI is malformed, on the uai field', async () => {
    const department = await idOf(payload, 'departments', 'code', '95')
    await expect(
      payload.create({
        collection: 'establishments',
        data: {
          uai: '095123A',
          name: 'École test',
          kind: 'ecole_primaire',
          sector: 'public',
          priorityEducation: 'none',
          commune: 'Cergy',
          department,
        },
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [{ path: 'uai', message: 'Code UAI invalide : 7 chiffres suivis d’une lettre (ex. : 0950001A).' }],
      },
    })
  })
})
