import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'

import { FORBIDDEN, createUser, testPayload, unique } from '../helpers/factories'

type TestUser = User & { collection: 'users' }

let payload: Payload
let owner: TestUser
let otherTeacher: TestUser
let collecting: Project
let draft: Project

const newsOn = (project: Project, user: TestUser, visibility: 'public' | 'donors' = 'public') =>
  payload.create({ collection: 'project-news', data: { project: project.id, title: unique('Nouvelles'), body: 'Merci à tous !', visibility }, user, overrideAccess: false, depth: 0 })

beforeAll(async () => {
  payload = await testPayload()
  owner = await createUser(payload, ['teacher'])
  otherTeacher = await createUser(payload, ['teacher'])
  const inState = (status: Project['status']) =>
    payload.create({ collection: 'projects', data: { title: unique('Projet'), owner: owner.id, status } as Project, depth: 0, context: { projectTransition: true } })
  collecting = await inState('collecting')
  draft = await inState('draft')
})

afterAll(async () => {
  await closePayload(payload)
})

describe('project news', () => {
  it('the owner posts on a collecting project; the public reads public news only', async () => {
    const open = await newsOn(collecting, owner)
    const donorsOnly = await newsOn(collecting, owner, 'donors')
    expect(open.author).toBe(owner.id)
    const asPublic = await payload.find({ collection: 'project-news', where: { project: { equals: collecting.id } }, overrideAccess: false })
    expect(asPublic.docs.map((n) => n.id)).toEqual([open.id])
    const asOwner = await payload.find({ collection: 'project-news', where: { project: { equals: collecting.id } }, user: owner, overrideAccess: false })
    expect(asOwner.docs.map((n) => n.id).sort()).toEqual([open.id, donorsOnly.id].sort())
  })

  it('another teacher cannot post on, edit or delete the news of a project that is not theirs', async () => {
    await expect(newsOn(collecting, otherTeacher)).rejects.toMatchObject({ status: 403 })
    const news = await newsOn(collecting, owner)
    await expect(payload.update({ collection: 'project-news', id: news.id, data: { title: 'Détourné' }, user: otherTeacher, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'project-news', id: news.id, user: otherTeacher, overrideAccess: false })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'project-news', id: news.id })).title).toBe(news.title)
  })

  it('waits for the campaign to be public, and anonymous visitors cannot post', async () => {
    await expect(newsOn(draft, owner)).rejects.toMatchObject({ status: 409 })
    await expect(
      payload.create({ collection: 'project-news', data: { project: collecting.id, title: 'Anonyme', body: 'x', visibility: 'public' }, overrideAccess: false }),
    ).rejects.toThrow(FORBIDDEN)
  })
})
