import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { transitionProject } from '@/services/projects/transition-project'

import { createUser, idOf, testPayload, unique } from '../helpers/factories'
import { graphql, rest, tokenFor } from '../helpers/rest'

type TestUser = User & { collection: 'users' }

let payload: Payload
let teacher: TestUser
let otherTeacher: TestUser
let moderator: TestUser
let themeId: number
let establishmentId: number
let structureId: number

/** A complete project in draft, owned by `owner`, ready to submit. */
async function draftOf(owner: TestUser): Promise<Project> {
  return payload.create({
    collection: 'projects',
    data: {
      title: unique('Classe de mer'),
      establishment: establishmentId,
      structure: structureId,
      level: 'ecole',
      kind: 'stay_with_nights',
      nights: 4,
      pupils: 24,
      summary: 'Cinq jours pour découvrir l’estran.',
      themes: [themeId],
      budgetLines: [{ label: 'Transport', amountCents: 120_000 }],
      minimumGoalCents: 95_600,
      optimumGoalCents: 150_000,
      startDate: '2027-01-04',
      endDate: '2027-02-12',
      schoolHead: { name: 'Mme Le Goff', email: 'direction.ecole-du-port@example.org' },
    } as Project,
    user: owner,
    overrideAccess: false,
  })
}

const statusOf = async (id: number) => (await payload.findByID({ collection: 'projects', id, depth: 0 })).status

beforeAll(async () => {
  payload = await testPayload()
  teacher = await createUser(payload, ['teacher'])
  otherTeacher = await createUser(payload, ['teacher'])
  moderator = await createUser(payload, ['moderator'])
  themeId = (await payload.find({ collection: 'themes', where: { slug: { equals: 'sciences' } } })).docs[0].id
  const department = await idOf(payload, 'departments', 'code', '29')
  establishmentId = (
    await payload.create({
      collection: 'establishments',
      data: {
        uai: `029${String(Date.now()).slice(-4)}Z`,
        name: 'École du Port',
        kind: 'ecole_primaire',
        sector: 'public',
        priorityEducation: 'none',
        commune: 'Roscoff',
        department,
      },
    })
  ).id
  structureId = (
    await payload.create({ collection: 'structures', data: { name: unique('OCCE 29'), kind: 'school_cooperative' } })
  ).id
})

afterAll(async () => {
  await closePayload(payload)
})

describe('projects: who sees and edits what', () => {
  it('a teacher’s new project is a draft they own, whatever they send', async () => {
    const project = await payload.create({
      collection: 'projects',
      data: { title: unique('Potager'), status: 'collecting', owner: otherTeacher.id } as Project,
      user: teacher,
      overrideAccess: false,
      depth: 0,
    })
    expect(project.status).toBe('draft')
    expect(project.owner).toBe(teacher.id)
    expect(project.history ?? []).toEqual([])
  })

  it('another teacher, a donor and anonymous visitors cannot see a draft', async () => {
    const project = await draftOf(teacher)
    await expect(
      payload.findByID({ collection: 'projects', id: project.id, user: otherTeacher, overrideAccess: false }),
    ).rejects.toThrow('Pas trouvé')
    await expect(payload.findByID({ collection: 'projects', id: project.id, overrideAccess: false })).rejects.toThrow(
      'Pas trouvé',
    )
    const donor = await createUser(payload, ['donor'])
    const list = await payload.find({
      collection: 'projects',
      where: { id: { equals: project.id } },
      user: donor,
      overrideAccess: false,
    })
    expect(list.totalDocs).toBe(0)
  })

  it('donors cannot create projects', async () => {
    const donor = await createUser(payload, ['donor'])
    await expect(
      payload.create({ collection: 'projects', data: { title: 'X' } as Project, user: donor, overrideAccess: false }),
    ).rejects.toThrow('Vous n’êtes pas autorisé à effectuer cette action.')
  })

  it('refuses a minimum above the optimum, on the field, and stores nothing', async () => {
    const title = unique('Refusé')
    await expect(
      payload.create({
        collection: 'projects',
        data: { title, minimumGoalCents: 200_000, optimumGoalCents: 100_000 } as Project,
        user: teacher,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'optimumGoalCents' }] } })
    expect((await payload.find({ collection: 'projects', where: { title: { equals: title } } })).totalDocs).toBe(0)
  })

  it('refuses a minimum above 5 000 € unless an admin overrides the cap', async () => {
    const project = await draftOf(teacher)
    await expect(
      payload.update({
        collection: 'projects',
        id: project.id,
        data: { minimumGoalCents: 600_000, optimumGoalCents: 700_000, minimumCapOverride: true },
        user: teacher,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'minimumGoalCents' }] } })
    const admin = await createUser(payload, ['admin'])
    const updated = await payload.update({
      collection: 'projects',
      id: project.id,
      data: { minimumGoalCents: 600_000, optimumGoalCents: 700_000, minimumCapOverride: true },
      user: admin,
      overrideAccess: false,
    })
    expect(updated.minimumGoalCents).toBe(600_000)
  })
})

describe('Courte Échelle', () => {
  it('is suggested from the school and the project, and only a moderator confirms it', async () => {
    const department = await idOf(payload, 'departments', 'code', '93')
    const repPlus = await payload.create({
      collection: 'establishments',
      data: {
        uai: `093${String(Date.now()).slice(-4)}X`,
        name: 'École Anatole-France',
        kind: 'ecole_elementaire',
        sector: 'public',
        priorityEducation: 'rep_plus',
        commune: 'Saint-Denis',
        department,
      },
    })
    const project = await payload.create({
      collection: 'projects',
      data: { title: unique('Danse'), establishment: repPlus.id, inclusive: true, courteEchelle: true } as Project,
      user: teacher,
      overrideAccess: false,
    })
    expect(project.courteEchelleSuggestion).toEqual(['rep_plus', 'inclusive_project'])
    expect(project.courteEchelle).toBe(false)
    const confirmed = await payload.update({
      collection: 'projects',
      id: project.id,
      data: { courteEchelle: true, courteEchelleReasons: ['rep_plus'] },
      user: moderator,
      overrideAccess: false,
    })
    expect(confirmed.courteEchelle).toBe(true)
  })
})

describe('status only changes through the state machine', () => {
  it('not through the Local API, even with overrideAccess', async () => {
    const project = await draftOf(teacher)
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'collecting' },
      user: teacher,
      overrideAccess: false,
    })
    expect(await statusOf(project.id)).toBe('draft')
    await expect(
      payload.update({ collection: 'projects', id: project.id, data: { status: 'collecting' } }),
    ).rejects.toMatchObject({ status: 409 })
    expect(await statusOf(project.id)).toBe('draft')
  })

  it('not through REST', async () => {
    const project = await draftOf(teacher)
    const response = await rest('PATCH', `/projects/${project.id}`, {
      token: await tokenFor(payload, moderator.email),
      body: { status: 'collecting', title: 'Titre revu' },
    })
    expect(response.status).toBe(200)
    expect(await statusOf(project.id)).toBe('draft')
  })

  it('not through GraphQL', async () => {
    const project = await draftOf(teacher)
    const result = await graphql(
      `mutation { updateProject(id: ${project.id}, data: { status: collecting }) { status } }`,
      await tokenFor(payload, teacher.email),
    )
    expect(result.data?.updateProject ?? null).not.toEqual({ status: 'collecting' })
    expect(await statusOf(project.id)).toBe('draft')
  })
})

describe('POST /api/projects/:id/transition', () => {
  it('drives a project from draft to awaiting the school, recording who, when and why', async () => {
    const project = await draftOf(teacher)
    const teacherToken = await tokenFor(payload, teacher.email)
    const moderatorToken = await tokenFor(payload, moderator.email)
    expect(
      (await rest('POST', `/projects/${project.id}/transition`, { token: teacherToken, body: { to: 'submitted' } }))
        .status,
    ).toBe(200)
    expect(
      (await rest('POST', `/projects/${project.id}/transition`, { token: moderatorToken, body: { to: 'in_review' } }))
        .status,
    ).toBe(200)
    const changes = await rest('POST', `/projects/${project.id}/transition`, {
      token: moderatorToken,
      body: { to: 'changes_requested', comment: 'Précisez le budget du transport.' },
    })
    expect(changes.status).toBe(200)
    // Back in the teacher's hands: editable again.
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { summary: 'Transport en car, 1 200 €.' },
      user: teacher,
      overrideAccess: false,
    })
    expect(
      (await rest('POST', `/projects/${project.id}/transition`, { token: teacherToken, body: { to: 'in_review' } }))
        .status,
    ).toBe(200)
    const approved = await rest('POST', `/projects/${project.id}/transition`, {
      token: moderatorToken,
      body: { to: 'awaiting_school_validation' },
    })
    expect(approved.status).toBe(200)
    const stored = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(stored.status).toBe('awaiting_school_validation')
    expect(stored.history?.map((h) => [h.from, h.to, h.actor, h.actorUser, h.comment ?? null])).toEqual([
      ['draft', 'submitted', 'owner', teacher.id, null],
      ['submitted', 'in_review', 'moderator', moderator.id, null],
      ['in_review', 'changes_requested', 'moderator', moderator.id, 'Précisez le budget du transport.'],
      ['changes_requested', 'in_review', 'owner', teacher.id, null],
      ['in_review', 'awaiting_school_validation', 'moderator', moderator.id, null],
    ])
  })

  it('a teacher cannot edit once submitted', async () => {
    const project = await draftOf(teacher)
    await rest('POST', `/projects/${project.id}/transition`, {
      token: await tokenFor(payload, teacher.email),
      body: { to: 'submitted' },
    })
    await expect(
      payload.update({
        collection: 'projects',
        id: project.id,
        data: { title: 'Modifié après coup' },
        user: teacher,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'projects', id: project.id })).title).toBe(project.title)
  })

  it('answers 403 when the role may not, 409 when the machine refuses, 404 when unseen, 401 signed out', async () => {
    const project = await draftOf(teacher)
    const teacherToken = await tokenFor(payload, teacher.email)
    expect(
      (
        await rest('POST', `/projects/${project.id}/transition`, {
          token: await tokenFor(payload, moderator.email),
          body: { to: 'submitted' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest('POST', `/projects/${project.id}/transition`, { token: teacherToken, body: { to: 'collecting' } }))
        .status,
    ).toBe(409)
    expect(
      (
        await rest('POST', `/projects/${project.id}/transition`, {
          token: await tokenFor(payload, otherTeacher.email),
          body: { to: 'submitted' },
        })
      ).status,
    ).toBe(404)
    expect((await rest('POST', `/projects/${project.id}/transition`, { body: { to: 'submitted' } })).status).toBe(401)
    expect(
      (await rest('POST', `/projects/${project.id}/transition`, { token: teacherToken, body: { to: 'partout' } }))
        .status,
    ).toBe(400)
    expect(await statusOf(project.id)).toBe('draft')
  })

  it('refuses to submit an incomplete project, field by field (400), and leaves it in draft', async () => {
    const incomplete = await payload.create({
      collection: 'projects',
      data: { title: unique('Incomplet') } as Project,
      user: teacher,
      overrideAccess: false,
    })
    const response = await rest('POST', `/projects/${incomplete.id}/transition`, {
      token: await tokenFor(payload, teacher.email),
      body: { to: 'submitted' },
    })
    expect(response.status).toBe(400)
    const paths = (response.json.errors?.[0].data as { errors: { path: string }[] }).errors.map((e) => e.path)
    expect(paths).toContain('establishment')
    expect(paths).toContain('minimumGoalCents')
    expect(await statusOf(incomplete.id)).toBe('draft')
  })

  it('requires a comment to request changes (400 on the comment field)', async () => {
    const project = await draftOf(teacher)
    await transitionProject(payload, {
      projectId: project.id,
      to: 'submitted',
      actorOf: () => ({ kind: 'user', id: teacher.id, roles: ['teacher'], isOwner: true }),
    })
    const moderatorToken = await tokenFor(payload, moderator.email)
    await rest('POST', `/projects/${project.id}/transition`, { token: moderatorToken, body: { to: 'in_review' } })
    const response = await rest('POST', `/projects/${project.id}/transition`, {
      token: moderatorToken,
      body: { to: 'changes_requested' },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors?.[0].data).toMatchObject({
      errors: [{ path: 'comment', message: 'Un commentaire expliquant la décision est obligatoire.' }],
    })
  })

  it('applies a transition once when two requests race', async () => {
    const project = await draftOf(teacher)
    const token = await tokenFor(payload, teacher.email)
    const results = await Promise.all(
      [1, 2, 3].map(() => rest('POST', `/projects/${project.id}/transition`, { token, body: { to: 'submitted' } })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409])
    const stored = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(stored.history).toHaveLength(1)
  })
})

describe('moderators’ edits', () => {
  it('are recorded field by field (who, before, after), readable by staff only', async () => {
    const project = await draftOf(teacher)
    const response = await rest('PATCH', `/projects/${project.id}`, {
      token: await tokenFor(payload, moderator.email),
      body: { title: 'Titre revu par le GIP', pupils: 30 },
    })
    expect(response.status).toBe(200)
    const { docs } = await payload.find({
      collection: 'project-edits',
      where: { project: { equals: project.id } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ editor: moderator.id, summary: 'title, pupils' })
    expect(docs[0].changes).toEqual([
      { field: 'title', before: project.title, after: 'Titre revu par le GIP' },
      { field: 'pupils', before: project.pupils ?? null, after: 30 },
    ])
    // The owner's own edits and transitions are not "edits by the GIP".
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { summary: 'Par l’enseignante' },
      user: teacher,
      overrideAccess: false,
    })
    expect(
      (await payload.count({ collection: 'project-edits', where: { project: { equals: project.id } } })).totalDocs,
    ).toBe(1)
    // Nobody writes or rewrites the record through the API; teachers do not read it.
    const teacherToken = await tokenFor(payload, teacher.email)
    expect((await rest('GET', `/project-edits/${docs[0].id}`, { token: teacherToken })).status).toBe(403)
    expect(
      (
        await rest('PATCH', `/project-edits/${docs[0].id}`, {
          token: await tokenFor(payload, moderator.email),
          body: { summary: 'rien' },
        })
      ).status,
    ).toBe(403)
  })
})
