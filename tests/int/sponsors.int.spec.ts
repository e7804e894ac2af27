import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Programme } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { sqlQuery } from '@/services/db/sql-transaction'
import { confirmPayment } from '@/services/donations/confirm-payment'
import { checkPayloadLedger } from '@/services/donations/ledger-check'
import { settleCampaign } from '@/services/donations/settle-campaigns'

import { createProjectIn, createSchool, createUser, idOf, testPayload, unique } from '../helpers/factories'
import { give, givePaid, paidEvent } from '../helpers/gifts'
import { rest, restResponse, tokenFor } from '../helpers/rest'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // Programmes of other test files must not top up this file's projects: only ours are active.
  await sqlQuery(payload, 'UPDATE programmes SET active = false')
})
afterAll(async () => {
  await sqlQuery(payload, 'UPDATE programmes SET active = false')
  await closePayload(payload)
})

const sponsor = (name = unique('Fondation')) =>
  payload.create({ collection: 'sponsors', data: { name, slug: unique('fondation'), kind: 'foundation' }, depth: 0 })
const programme = async (data: Partial<Programme>) =>
  payload.create({
    collection: 'programmes',
    data: {
      name: unique('Programme'),
      funding: 'sponsor',
      mechanism: 'match',
      ratioPercent: 100,
      budgetCents: 1_000_000,
      ...data,
    } as Programme,
    depth: 0,
  })
const topUpsOf = async (projectId: number) =>
  (
    await payload.find({
      collection: 'donations',
      where: { and: [{ project: { equals: projectId } }, { source: { equals: 'sponsor' } }] },
      sort: 'id',
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs
const reservedOf = async (id: number) =>
  (await payload.findByID({ collection: 'programmes', id, depth: 0 })).reservedCents

describe('matching gifts', () => {
  it('300 concurrent gifts against a budget for 100 matches: exactly 100 matches, a budget of zero, never below', async () => {
    const theSponsor = await sponsor()
    const match = await programme({ sponsor: theSponsor.id, budgetCents: 100 * 1_000 })
    const project = await createProjectIn(payload, 'collecting', {
      stopAtOptimum: false,
      optimumGoalCents: 100_000_000,
      minimumGoalCents: 100_000,
      minimumCapOverride: true,
    })
    const gifts: number[] = []
    for (let i = 0; i < 300; i++)
      gifts.push(await give(payload, project.id, 1_000, { email: `donateur${i}@example.org` }))
    await Promise.all(gifts.map((id) => confirmPayment(payload, paidEvent(id))))

    const topUps = await topUpsOf(project.id)
    expect(topUps).toHaveLength(100)
    expect(
      topUps.every(
        (t) =>
          t.amountCents === 1_000 &&
          t.status === 'paid' &&
          t.programme === match.id &&
          gifts.includes(Number(t.topUpOf)),
      ),
    ).toBe(true)
    expect(await reservedOf(match.id)).toBe(100_000)
    expect((await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })).collectedCents).toBe(
      300 * 1_000 + 100 * 1_000,
    )
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
    await payload.update({ collection: 'programmes', id: match.id, data: { active: false } })
  })

  it('stores with each top-up the criteria it met, respects the caps and never passes the optimum', async () => {
    const school = await createSchool(payload)
    const theme = await idOf(payload, 'themes', 'slug', 'developpement-durable')
    const green = await programme({
      sponsor: (await sponsor('la Fondation Verte')).id,
      criteria: { themes: [theme], levels: ['ecole'] },
      capPerProjectCents: 5_000,
    })
    const project = await createProjectIn(payload, 'collecting', {
      establishment: school.establishment,
      themes: [theme],
      level: 'ecole',
      minimumGoalCents: 10_000,
      optimumGoalCents: 16_000,
    })
    const other = await createProjectIn(payload, 'collecting', {
      establishment: school.establishment,
      level: 'college',
    })

    await givePaid(payload, project.id, 3_000)
    await givePaid(payload, other.id, 3_000)
    await givePaid(payload, project.id, 4_000)
    const [first, second] = await topUpsOf(project.id)
    expect(first).toMatchObject({
      amountCents: 3_000,
      explanation: 'Critères remplis : thématique du programme ; niveau : école.',
    })
    // The cap per project (50 €) leaves 20 € for the second gift.
    expect(second.amountCents).toBe(2_000)
    expect(await topUpsOf(other.id)).toEqual([])

    // 120 € collected: a 50 € gift has room for 10 € only under the 160 € optimum.
    await payload.update({ collection: 'programmes', id: green.id, data: { capPerProjectCents: 100_000 } })
    await givePaid(payload, project.id, 3_000)
    const project2 = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(project2.collectedCents).toBe(16_000)
    await payload.update({ collection: 'programmes', id: green.id, data: { active: false } })
  })

  it('returns its top-ups to the programme when the campaign fails, and the ledger stays sound', async () => {
    const match = await programme({ sponsor: (await sponsor()).id })
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 100_000,
      optimumGoalCents: 200_000,
    })
    await givePaid(payload, project.id, 5_000)
    expect(await reservedOf(match.id)).toBe(5_000)
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'settling' },
      context: { projectTransition: true },
    })
    expect(await settleCampaign(payload, project.id)).toBe('failed')
    const [topUp] = await topUpsOf(project.id)
    expect(topUp.status).toBe('refunded')
    expect(await reservedOf(match.id)).toBe(0)
    expect(await checkPayloadLedger(payload, { projectIds: [project.id] })).toEqual([])
    await payload.update({ collection: 'programmes', id: match.id, data: { active: false } })
  })

  it('does not count toward the minimum a top-up paid only on success', async () => {
    const match = await programme({ sponsor: (await sponsor()).id, countsTowardMinimum: false })
    const project = await createProjectIn(payload, 'collecting', {
      minimumGoalCents: 100_000,
      optimumGoalCents: 200_000,
    })
    await givePaid(payload, project.id, 60_000)
    expect((await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })).collectedCents).toBe(120_000)
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'settling' },
      context: { projectTransition: true },
    })
    expect(await settleCampaign(payload, project.id)).toBe('failed')
    await payload.update({ collection: 'programmes', id: match.id, data: { active: false } })
  })

  it('follows an admin’s exclusion, recorded with its reason', async () => {
    const match = await programme({ sponsor: (await sponsor()).id })
    const project = await createProjectIn(payload, 'collecting')
    await payload.create({
      collection: 'programme-adjustments',
      data: {
        programme: match.id,
        project: project.id,
        action: 'exclude',
        reason: 'Projet déjà financé par ce mécène',
      },
    })
    await givePaid(payload, project.id, 2_000)
    expect(await topUpsOf(project.id)).toEqual([])
    const closed = await createProjectIn(payload, 'settling')
    await expect(
      payload.create({
        collection: 'programme-adjustments',
        data: { programme: match.id, project: closed.id, action: 'include', reason: 'Oublié par les critères' },
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'project', message: 'Seul un projet en collecte peut être ajouté à un programme.' }] },
    })
    await payload.update({ collection: 'programmes', id: match.id, data: { active: false } })
  })
})

describe('the solidarity fund through the same engine', () => {
  it('closes the gap of a Courte Échelle project in its last days, from the fund’s balance, once', async () => {
    await payload.create({
      collection: 'fund-movements',
      data: { kind: 'grant', amountCents: 500_000, partner: 'Fondation de test' },
    })
    const fund = await payload.create({
      collection: 'programmes',
      data: {
        name: unique('Courte Échelle'),
        funding: 'solidarity_fund',
        mechanism: 'gap_close',
        daysBeforeEnd: 7,
        sharePercent: 70,
        capPerProjectCents: 50_000,
        criteria: { courteEchelleOnly: true },
      } as Programme,
      depth: 0,
    })
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
    const labelled = await createProjectIn(payload, 'collecting', {
      courteEchelle: true,
      minimumGoalCents: 100_000,
      optimumGoalCents: 150_000,
      endDate: inThreeDays,
    })
    const plain = await createProjectIn(payload, 'collecting', {
      courteEchelle: false,
      minimumGoalCents: 100_000,
      optimumGoalCents: 150_000,
      endDate: inThreeDays,
    })
    await givePaid(payload, labelled.id, 75_000)
    await givePaid(payload, plain.id, 75_000)
    const { advanceCampaigns } = await import('@/jobs/advanceCampaigns')
    await advanceCampaigns(payload)
    await advanceCampaigns(payload)
    expect((await payload.findByID({ collection: 'projects', id: labelled.id, depth: 0 })).collectedCents).toBe(100_000)
    expect((await payload.findByID({ collection: 'projects', id: plain.id, depth: 0 })).collectedCents).toBe(75_000)
    const topUps = (
      await payload.find({
        collection: 'donations',
        where: { and: [{ project: { equals: labelled.id } }, { source: { equals: 'solidarity' } }] },
        depth: 0,
      })
    ).docs
    expect(topUps).toEqual([
      expect.objectContaining({
        amountCents: 25_000,
        programme: fund.id,
        explanation: 'Critères remplis : label Courte Échelle.',
      }),
    ])
    expect(await checkPayloadLedger(payload, { projectIds: [labelled.id] })).toEqual([])
    await payload.update({ collection: 'programmes', id: fund.id, data: { active: false } })
  })
})

describe('programmes', () => {
  it('refuses a negative ratio, contradictory criteria and a budget below what is reserved, on their field', async () => {
    const theSponsor = await sponsor()
    await expect(programme({ sponsor: theSponsor.id, ratioPercent: -100 })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'ratioPercent' })] },
    })
    await expect(
      programme({ sponsor: theSponsor.id, criteria: { vocationalLycee: true, levels: ['ecole'] } }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'criteria.vocationalLycee' })] } })
    const match = await programme({ sponsor: theSponsor.id, budgetCents: 10_000 })
    const project = await createProjectIn(payload, 'collecting')
    await givePaid(payload, project.id, 4_000)
    await expect(
      payload.update({ collection: 'programmes', id: match.id, data: { budgetCents: 3_000 } }),
    ).rejects.toMatchObject({
      data: {
        errors: [expect.objectContaining({ path: 'budgetCents', message: expect.stringContaining('déjà engagés') })],
      },
    })
    expect((await payload.findByID({ collection: 'programmes', id: match.id, depth: 0 })).budgetCents).toBe(10_000)
    await payload.update({ collection: 'programmes', id: match.id, data: { active: false } })
  })

  it('a sponsor’s manager sees their programmes and statement, never another sponsor’s', async () => {
    const [mine, theirs] = [await sponsor(), await sponsor()]
    const myProgramme = await programme({ sponsor: mine.id, active: false })
    const theirProgramme = await programme({ sponsor: theirs.id, active: false })
    const manager = await createUser(payload, ['sponsor'], { sponsors: [mine.id] } as never)
    const token = await tokenFor(payload, manager.email)
    const listed = await rest('GET', '/programmes?limit=1000&depth=0', { token })
    expect((listed.json.docs as { id: number }[]).map((p) => p.id)).toEqual([myProgramme.id])
    expect((await rest('GET', `/programmes/${theirProgramme.id}`, { token })).status).toBe(404)
    expect((await restResponse('GET', `/programmes/${myProgramme.id}/statement?format=csv`, { token })).status).toBe(
      200,
    )
    expect((await restResponse('GET', `/programmes/${theirProgramme.id}/statement?format=csv`, { token })).status).toBe(
      404,
    )
    expect((await rest('GET', `/sponsors/${theirs.id}`, { token })).status).toBe(404)
    expect((await rest('PATCH', `/programmes/${myProgramme.id}`, { token, body: { budgetCents: 1 } })).status).toBe(403)
    expect((await rest('GET', '/programmes')).status).toBe(403)
  })
})
