import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { advanceCampaigns } from '@/jobs/advanceCampaigns'
import type { Project } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { createUser, testPayload, unique } from '../helpers/factories'
import { outboxMessages } from '../helpers/outbox'

let payload: Payload
let ownerEmail: string
let ownerId: number

// 15 January 2027, 10:00 in Paris.
const now = new Date('2027-01-15T09:00:00Z')

/** A project put straight into `status` (as the machine would have), with the given dates. */
async function projectIn(status: 'scheduled' | 'collecting', data: Partial<Project>): Promise<Project> {
  return payload.create({
    collection: 'projects',
    data: {
      title: unique('Sortie'),
      owner: ownerId,
      status,
      minimumGoalCents: 100_000,
      optimumGoalCents: 150_000,
      ...data,
    } as Project,
    depth: 0,
    context: { projectTransition: true },
  })
}

const mailsTo = (email: string) => outboxMessages().filter((m) => m.includes(`To: ${email}`))

beforeAll(async () => {
  payload = await testPayload()
  const owner = await createUser(payload, ['teacher'])
  ownerEmail = owner.email
  ownerId = owner.id
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the campaign clock (job advanceCampaigns)', () => {
  it('opens campaigns on their start date and closes them after their end date, once', async () => {
    const opening = await projectIn('scheduled', { startDate: '2027-01-15', endDate: '2027-02-20' })
    const notYet = await projectIn('scheduled', { startDate: '2027-01-16', endDate: '2027-02-20' })
    const ending = await projectIn('collecting', { startDate: '2026-12-01', endDate: '2027-01-14' })
    const lastDay = await projectIn('collecting', { startDate: '2026-12-01', endDate: '2027-01-15' })
    const full = await projectIn('collecting', {
      startDate: '2027-01-01',
      endDate: '2027-02-20',
      collectedCents: 150_000,
      stopAtOptimum: true,
    })

    await advanceCampaigns(payload, now)
    await advanceCampaigns(payload, now) // a second run changes nothing
    const status = async (p: Project) => payload.findByID({ collection: 'projects', id: p.id, depth: 0 })
    expect((await status(opening)).status).toBe('collecting')
    expect((await status(notYet)).status).toBe('scheduled')
    expect((await status(ending)).status).toBe('settling')
    expect((await status(lastDay)).status).toBe('collecting')
    expect((await status(full)).status).toBe('settling')
    expect((await status(opening)).history?.map((h) => [h.from, h.to, h.actor])).toEqual([
      ['scheduled', 'collecting', 'system'],
    ])
    expect((await status(ending)).history).toHaveLength(1)
  })

  it('sends each coaching e-mail once, when due', async () => {
    const project = await projectIn('collecting', { startDate: '2027-01-01', endDate: '2027-01-22', collectedCents: 0 })
    await Promise.all([advanceCampaigns(payload, now), advanceCampaigns(payload, now)])
    await advanceCampaigns(payload, now)
    await payload.jobs.run({ limit: 1000 })
    const stored = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(stored.coachingSent).toEqual(['eight_days_left'])
    const mails = mailsTo(ownerEmail).filter((m) => m.includes(project.title))
    expect(mails).toHaveLength(1)
    expect(mails[0]).toContain(`Subject: Plus que 8 jours pour « ${project.title} »`)
  })
})
