import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { confirmSchoolValidation, inspectSchoolLink } from '@/services/projects/confirm-school-validation'
import { transitionProject } from '@/services/projects/transition-project'

import { createUser, idOf, testPayload, unique } from '../helpers/factories'
import { outboxMessages } from '../helpers/outbox'

let payload: Payload
let teacher: User & { collection: 'users' }
let moderator: User & { collection: 'users' }

const asOwner = () => ({ kind: 'user' as const, id: teacher.id, roles: ['teacher'], isOwner: true })
const asModerator = () => ({ kind: 'user' as const, id: moderator.id, roles: ['moderator'], isOwner: false })

/** The outbox message whose subject contains `needle`, once the queue has run. */
async function mailAbout(needle: string): Promise<string> {
  await payload.jobs.run({ limit: 1000 })
  const mail = outboxMessages().find((m) => m.includes(needle))
  if (!mail) throw new Error(`no e-mail about ${needle}`)
  return mail
}

/** A project approved by the moderator: the school head has been e-mailed a link. */
async function approvedProject(): Promise<{ project: Project; token: string }> {
  const title = unique('Chorale')
  const department = await idOf(payload, 'departments', 'code', '95')
  const establishment = await payload.create({
    collection: 'establishments',
    data: {
      uai: `095${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}K`,
      name: 'École Pasteur',
      kind: 'ecole_elementaire',
      sector: 'public',
      priorityEducation: 'rep',
      commune: 'Sarcelles',
      department,
    },
  })
  const structure = await payload.create({
    collection: 'structures',
    data: { name: unique('OCCE 95'), kind: 'school_cooperative' },
  })
  const theme = (await payload.find({ collection: 'themes', where: { slug: { equals: 'arts-et-culture' } } })).docs[0]
  const project = await payload.create({
    collection: 'projects',
    data: {
      title,
      establishment: establishment.id,
      structure: structure.id,
      level: 'ecole',
      kind: 'creation_show',
      pupils: 26,
      summary: 'Un concert de fin d’année.',
      themes: [theme.id],
      budgetLines: [{ label: 'Intervenant musicien', amountCents: 80_000 }],
      minimumGoalCents: 80_000,
      optimumGoalCents: 120_000,
      startDate: '2027-03-01',
      endDate: '2027-04-15',
      schoolHead: { name: 'M. Diallo', email: `${unique('direction')}@example.org` },
    } as Project,
    user: teacher,
    overrideAccess: false,
  })
  await transitionProject(payload, { projectId: project.id, to: 'submitted', actorOf: asOwner })
  await transitionProject(payload, { projectId: project.id, to: 'in_review', actorOf: asModerator })
  await transitionProject(payload, { projectId: project.id, to: 'awaiting_school_validation', actorOf: asModerator })
  const mail = await mailAbout(title)
  const link = mail.match(/https?:\/\/\S+\/confirmation-ecole\?jeton=(\S+)/)
  if (!link) throw new Error(`no link in:\n${mail}`)
  return { project, token: decodeURIComponent(link[1]) }
}

beforeAll(async () => {
  payload = await testPayload()
  teacher = await createUser(payload, ['teacher'])
  moderator = await createUser(payload, ['moderator'])
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the school head confirms by signed link', () => {
  it('e-mails the head on approval; the link confirms once and the project is scheduled', async () => {
    const { project, token } = await approvedProject()
    const inspected = await inspectSchoolLink(payload, token)
    expect(inspected).toMatchObject({ ok: true, project: { id: project.id } })
    expect(await confirmSchoolValidation(payload, token)).toEqual({ ok: true, projectTitle: project.title })
    const stored = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(stored.status).toBe('scheduled')
    expect(stored.history?.at(-1)).toMatchObject({
      from: 'awaiting_school_validation',
      to: 'scheduled',
      actor: 'school-head',
    })
    expect(stored.schoolValidation?.confirmedAt).toBeTruthy()
    // Used once: the same link is refused and changes nothing.
    expect(await confirmSchoolValidation(payload, token)).toEqual({ ok: false, reason: 'used' })
    expect((await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })).history).toHaveLength(
      stored.history!.length,
    )
  })

  it('refuses an expired link (14 days) and a tampered one, leaving the project waiting', async () => {
    const { project, token } = await approvedProject()
    const in15Days = new Date(Date.now() + 15 * 86_400_000)
    expect(await confirmSchoolValidation(payload, token, in15Days)).toEqual({ ok: false, reason: 'expired' })
    const [body, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), projectId: project.id + 1 })).toString('base64url')}.${signature}`
    expect(await confirmSchoolValidation(payload, forged)).toEqual({ ok: false, reason: 'tampered' })
    expect((await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })).status).toBe(
      'awaiting_school_validation',
    )
  })

  it('never shows the link’s secret to the owner or the public', async () => {
    const { project } = await approvedProject()
    const asOwnerDoc = await payload.findByID({
      collection: 'projects',
      id: project.id,
      user: teacher,
      overrideAccess: false,
    })
    expect(asOwnerDoc.schoolValidation).toBeUndefined()
    const asModeratorDoc = await payload.findByID({
      collection: 'projects',
      id: project.id,
      user: moderator,
      overrideAccess: false,
    })
    expect(asModeratorDoc.schoolValidation?.sentAt).toBeTruthy()
    expect(asModeratorDoc.schoolValidation?.nonce).toBeUndefined()
  })

  it('e-mails the owner the moderator’s comment when changes are requested', async () => {
    const title = unique('Jardin')
    const project = await payload.create({
      collection: 'projects',
      data: { title } as Project,
      user: teacher,
      overrideAccess: false,
    })
    // Straight to review for this test: the owner's submission checks are covered elsewhere.
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'in_review' },
      context: { projectTransition: true },
    })
    await transitionProject(payload, {
      projectId: project.id,
      to: 'changes_requested',
      comment: 'Ajoutez le devis du paysagiste.',
      actorOf: asModerator,
    })
    const mail = await mailAbout(title)
    expect(mail).toMatch(new RegExp(`^To: ${teacher.email}$`, 'm'))
    expect(mail).toContain('Ajoutez le devis du paysagiste.')
  })
})
