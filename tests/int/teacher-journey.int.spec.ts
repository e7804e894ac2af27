import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { requestPasswordReset, resetPassword, signUpTeacher, verifyAccount } from '@/services/auth/accounts'
import { closePayload } from '@/services/db/close-payload'
import {
  NOT_EDITABLE,
  addProjectPicture,
  findOwnProject,
  ownerTransition,
  removeProjectPicture,
  saveProjectStep,
} from '@/services/projects/teacher-projects'

import { createSchool, createUser, testPayload, unique } from '../helpers/factories'
import { outboxMessages } from '../helpers/outbox'
import { rest, tokenFor } from '../helpers/rest'

let payload: Payload
let teacher: User & { collection: 'users' }
let otherTeacher: User & { collection: 'users' }
let school: { establishment: number; structure: number }
let themeId: string

const PASSWORD = 'une phrase de passe solide'
const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

/** The link of the newest outbox message to `to` that contains `path`. */
async function linkSentTo(to: string, path: string): Promise<string> {
  // Twice: a forgotten password's job queues its e-mail's job.
  await payload.jobs.run({ limit: 1000 })
  await payload.jobs.run({ limit: 1000 })
  const mail = outboxMessages()
    .reverse()
    .find((m) => m.includes(`To: ${to}`) && m.includes(path))
  const link = mail?.match(new RegExp(`https?://[^\\s"<]*${path}\\?jeton=[0-9a-f]+`))?.[0]
  if (!link) throw new Error(`no e-mail to ${to} with ${path}`)
  return link
}
const tokenOf = (link: string) => new URL(link).searchParams.get('jeton')!

const pictureCount = async () => (await payload.count({ collection: 'project-pictures' })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  teacher = await createUser(payload, ['teacher'])
  otherTeacher = await createUser(payload, ['teacher'])
  school = await createSchool(payload)
  themeId = String((await payload.find({ collection: 'themes', limit: 1 })).docs[0].id)
})
afterAll(() => closePayload(payload))

describe('teacher sign-up', () => {
  const form = (email: string) => ({
    firstName: 'Inès',
    lastName: 'Martin',
    email,
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  })

  it('refuses a personal address on the e-mail field and creates nothing', async () => {
    const email = `${unique('ines')}@gmail.com`
    const result = await signUpTeacher(payload, form(email), unique('client'))
    expect(result).toMatchObject({ ok: false, errors: { email: expect.stringContaining('académique') } })
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('creates an unverified teacher who signs in only after opening the e-mailed link', async () => {
    const email = `${unique('ines')}@ac-lille.fr`
    expect(await signUpTeacher(payload, form(email), unique('client'))).toEqual({ ok: true })
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]
    expect(user.roles).toEqual(['teacher'])
    await expect(payload.login({ collection: 'users', data: { email, password: PASSWORD } })).rejects.toThrow()

    const token = tokenOf(await linkSentTo(email, '/verifier-email'))
    expect(await verifyAccount(payload, token)).toBe(true)
    expect(await verifyAccount(payload, token)).toBe(false) // a link serves once
    expect(await verifyAccount(payload, 'f'.repeat(40))).toBe(false)
    expect((await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).user?.id).toBe(user.id)
  })

  it('does not reveal an existing account: same answer, an e-mail to its owner, no duplicate', async () => {
    const email = `${unique('deja')}@ac-lille.fr`
    await signUpTeacher(payload, form(email), unique('client'))
    expect(await signUpTeacher(payload, form(email), unique('client'))).toEqual({ ok: true })
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(1)
    await payload.jobs.run({ limit: 1000 })
    expect(outboxMessages().some((m) => m.includes(`To: ${email}`) && m.includes('déjà un compte'))).toBe(true)
  })
})

describe('password reset', () => {
  it('sets a new password from the e-mailed link, once; a weak one is refused on its field', async () => {
    const user = await createUser(payload, ['teacher'])
    await requestPasswordReset(payload, user.email, unique('client'))
    const token = tokenOf(await linkSentTo(user.email, '/mot-de-passe/nouveau'))
    expect(await resetPassword(payload, { token, password: 'court', passwordConfirm: 'court' })).toMatchObject({
      ok: false,
      errors: { password: expect.stringContaining('12') },
    })
    expect(
      await resetPassword(payload, { token, password: PASSWORD, passwordConfirm: 'autre chose encore' }),
    ).toMatchObject({ ok: false, errors: { passwordConfirm: expect.any(String) } })
    expect(await resetPassword(payload, { token, password: PASSWORD, passwordConfirm: PASSWORD })).toMatchObject({
      ok: true,
    })
    expect(
      (await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).user?.id,
    ).toBe(user.id)
    expect(await resetPassword(payload, { token, password: PASSWORD, passwordConfirm: PASSWORD })).toMatchObject({
      ok: false,
      errors: { token: expect.any(String) },
    })
  })

  it('says nothing about unknown addresses', async () => {
    await expect(
      requestPasswordReset(payload, `${unique('personne')}@ac-lille.fr`, unique('client')),
    ).resolves.toBeUndefined()
  })
})

describe('the project form, step by step', () => {
  async function draft(): Promise<number> {
    const result = await saveProjectStep(payload, teacher, {
      step: 'etablissement',
      values: {
        establishment: String(school.establishment),
        structure: String(school.structure),
        'schoolHead.email': 'ce.0950001a@ac-versailles.fr',
      },
    })
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    return result.id
  }

  it('creates a draft at the first step and completes it at each following one', async () => {
    const id = await draft()
    const title = unique('Classe de mer')
    expect(
      await saveProjectStep(payload, teacher, {
        projectId: id,
        step: 'projet',
        values: {
          title,
          level: 'ecole',
          kind: 'stay_with_nights',
          nights: '4',
          pupils: '24',
          summary: 'Une semaine à la mer.',
          description: 'Premier jour.\n\nDeuxième jour.',
        },
        themeIds: [themeId],
      }),
    ).toEqual({ ok: true, id })
    expect(
      await saveProjectStep(payload, teacher, {
        projectId: id,
        step: 'budget',
        values: {
          'budgetLines.0.label': 'Transport',
          'budgetLines.0.amountCents': '1 800',
          minimumGoalCents: '1 500',
          optimumGoalCents: '2 500',
          stopAtOptimum: 'on',
        },
      }),
    ).toEqual({ ok: true, id })
    const project = await payload.findByID({ collection: 'projects', id, depth: 0 })
    expect(project).toMatchObject({
      status: 'draft',
      owner: teacher.id,
      title,
      slug: expect.stringMatching(new RegExp(`-${id}$`)),
      minimumGoalCents: 150_000,
      optimumGoalCents: 250_000,
      nights: 4,
      themes: [Number(themeId)],
    })
    expect(project.courteEchelleSuggestion).toContain('rep')
  })

  it('refuses a minimum above the optimum, or above the cap, on the field, and keeps what was stored', async () => {
    const id = await draft()
    await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'budget',
      values: { minimumGoalCents: '1000', optimumGoalCents: '1500' },
    })
    const above = await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'budget',
      values: { minimumGoalCents: '2000', optimumGoalCents: '1500' },
    })
    expect(above).toMatchObject({
      ok: false,
      errors: { optimumGoalCents: expect.stringContaining('supérieur ou égal') },
    })
    const capped = await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'budget',
      values: { minimumGoalCents: '6000', optimumGoalCents: '8000' },
    })
    expect(capped).toMatchObject({ ok: false, errors: { minimumGoalCents: expect.stringContaining('administrateur') } })
    const bad = await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'budget',
      values: { minimumGoalCents: 'mille', optimumGoalCents: '1500' },
    })
    expect(bad).toMatchObject({ ok: false, errors: { minimumGoalCents: expect.stringContaining('montant') } })
    expect(await payload.findByID({ collection: 'projects', id, depth: 0 })).toMatchObject({
      minimumGoalCents: 100_000,
      optimumGoalCents: 150_000,
    })
  })

  it('refuses dates out of range on their fields', async () => {
    const id = await draft()
    const result = await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'dates',
      values: { startDate: '2020-01-01', endDate: '2020-01-05' },
    })
    expect(result).toMatchObject({ ok: false, errors: { startDate: expect.any(String) } })
  })

  it('keeps a teacher out of another teacher’s draft', async () => {
    const id = await draft()
    expect(await findOwnProject(payload, otherTeacher, id)).toBeNull()
    expect(
      await saveProjectStep(payload, otherTeacher, { projectId: id, step: 'projet', values: { title: 'Pris' } }),
    ).toEqual({ ok: false, errors: { _form: NOT_EDITABLE }, id })
    const { status } = await rest('GET', `/projects/${id}`, { token: await tokenFor(payload, otherTeacher.email) })
    expect(status).toBe(404)
    expect((await payload.findByID({ collection: 'projects', id, depth: 0 })).title).toBe('Nouveau projet')
  })

  it('lists every missing field at submission, then submits, after which the form is read-only', async () => {
    const id = await draft()
    const refused = await ownerTransition(payload, teacher, id, 'submitted')
    expect(refused.ok).toBe(false)
    expect(Object.keys(refused.ok ? {} : refused.errors)).toEqual(
      expect.arrayContaining(['title', 'level', 'summary', 'minimumGoalCents', 'startDate', 'budgetLines']),
    )
    await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'projet',
      values: { title: unique('Chorale'), level: 'ecole', kind: 'creation_show', pupils: '25', summary: 'Un concert.' },
      themeIds: [themeId],
    })
    await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'budget',
      values: {
        'budgetLines.0.label': 'Costumes',
        'budgetLines.0.amountCents': '900',
        minimumGoalCents: '800',
        optimumGoalCents: '1200',
      },
    })
    const start = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
    const end = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10)
    await saveProjectStep(payload, teacher, {
      projectId: id,
      step: 'dates',
      values: { startDate: start, endDate: end },
    })
    expect(await ownerTransition(payload, teacher, id, 'submitted')).toEqual({ ok: true, id })
    expect(
      await saveProjectStep(payload, teacher, {
        projectId: id,
        step: 'projet',
        values: { title: 'Changé après envoi' },
      }),
    ).toEqual({ ok: false, errors: { _form: NOT_EDITABLE }, id })
    expect(
      await addProjectPicture(payload, teacher, {
        projectId: id,
        role: 'cover',
        alt: 'La chorale',
        file: file(await png(), 'chorale.png', 'image/png'),
      }),
    ).toMatchObject({ ok: false })
    expect(await ownerTransition(payload, teacher, id, 'withdrawn')).toEqual({ ok: true, id })
    expect((await payload.findByID({ collection: 'projects', id, depth: 0 })).status).toBe('withdrawn')
  })
})

describe('project pictures', () => {
  let projectId: number
  beforeAll(async () => {
    const result = await saveProjectStep(payload, teacher, {
      step: 'etablissement',
      values: { establishment: String(school.establishment) },
    })
    if (!result.ok) throw new Error('draft')
    projectId = result.id
  })

  it('stores a PNG as the cover, with its alternative text, and removes it', async () => {
    const result = await addProjectPicture(payload, teacher, {
      projectId,
      role: 'cover',
      alt: 'Les élèves devant le phare',
      file: file(await png(), 'phare.png', 'image/png'),
    })
    expect(result).toEqual({ ok: true, id: projectId })
    const project = await payload.findByID({ collection: 'projects', id: projectId, depth: 1 })
    const cover = project.cover as { id: number; alt: string; mimeType: string; owner: number }
    expect(cover).toMatchObject({ alt: 'Les élèves devant le phare', mimeType: 'image/png', owner: teacher.id })
    expect(await removeProjectPicture(payload, teacher, { projectId, pictureId: cover.id })).toEqual({
      ok: true,
      id: projectId,
    })
    expect((await payload.findByID({ collection: 'projects', id: projectId, depth: 0 })).cover).toBeFalsy()
  })

  it('refuses other types by content, a file too large and a missing alt, storing nothing', async () => {
    const before = await pictureCount()
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5 * 1024 * 1024 + 10)])
    const cases = [
      [file(gif, 'anim.gif', 'image/gif'), 'galleryFile', 'JPEG, PNG ou WebP'],
      [file(html, 'photo.png', 'image/png'), 'galleryFile', 'JPEG, PNG ou WebP'],
      [file(huge, 'grande.jpg', 'image/jpeg'), 'galleryFile', '5 Mo'],
    ] as const
    for (const [upload, field, message] of cases) {
      expect(
        await addProjectPicture(payload, teacher, { projectId, role: 'gallery', alt: 'Une image', file: upload }),
      ).toMatchObject({ ok: false, errors: { [field]: expect.stringContaining(message) } })
    }
    expect(
      await addProjectPicture(payload, teacher, {
        projectId,
        role: 'gallery',
        alt: ' ',
        file: file(await png(), 'a.png', 'image/png'),
      }),
    ).toMatchObject({ ok: false, errors: { galleryAlt: expect.stringContaining('texte alternatif') } })
    expect(await pictureCount()).toBe(before)
  })

  it('refuses a disguised file through the REST API too, with a French message', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/png' }),
      'photo.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'Une image' }))
    const { status, json } = await rest('POST', '/project-pictures', {
      token: await tokenFor(payload, teacher.email),
      body: form,
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('JPEG, PNG ou WebP')
  })

  it('keeps a draft’s pictures from the public and other teachers', async () => {
    await addProjectPicture(payload, teacher, {
      projectId,
      role: 'gallery',
      alt: 'Une image',
      file: file(await png(), 'b.png', 'image/png'),
    })
    const { gallery } = await payload.findByID({ collection: 'projects', id: projectId, depth: 0 })
    const pictureId = (gallery ?? [])[0] as number
    expect((await rest('GET', `/project-pictures/${pictureId}`)).status).toBe(404)
    expect(
      (await rest('GET', `/project-pictures/${pictureId}`, { token: await tokenFor(payload, otherTeacher.email) }))
        .status,
    ).toBe(404)
    expect(
      (await rest('GET', `/project-pictures/${pictureId}`, { token: await tokenFor(payload, teacher.email) })).status,
    ).toBe(200)
  })
})
