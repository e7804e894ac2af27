import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Project, User } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { deleteProjectNews, saveProjectNews } from '@/services/projects/project-news'

import { pngBytes, upload } from '../helpers/content'
import { givePaid } from '../helpers/gifts'

import { FORBIDDEN, createUser, testPayload, unique } from '../helpers/factories'

type TestUser = User & { collection: 'users' }

let payload: Payload
let owner: TestUser
let otherTeacher: TestUser
let collecting: Project
let draft: Project

const newsOn = (project: Project, user: TestUser, visibility: 'public' | 'donors' = 'public') =>
  payload.create({
    collection: 'project-news',
    data: { project: project.id, title: unique('Nouvelles'), body: 'Merci à tous !', visibility },
    user,
    overrideAccess: false,
    depth: 0,
  })

beforeAll(async () => {
  payload = await testPayload()
  owner = await createUser(payload, ['teacher'])
  otherTeacher = await createUser(payload, ['teacher'])
  const inState = (status: Project['status']) =>
    payload.create({
      collection: 'projects',
      data: { title: unique('Projet'), owner: owner.id, status } as Project,
      depth: 0,
      context: { projectTransition: true },
    })
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
    const asPublic = await payload.find({
      collection: 'project-news',
      where: { project: { equals: collecting.id } },
      overrideAccess: false,
    })
    expect(asPublic.docs.map((n) => n.id)).toEqual([open.id])
    const asOwner = await payload.find({
      collection: 'project-news',
      where: { project: { equals: collecting.id } },
      user: owner,
      overrideAccess: false,
    })
    expect(asOwner.docs.map((n) => n.id).sort()).toEqual([open.id, donorsOnly.id].sort())
  })

  it('another teacher cannot post on, edit or delete the news of a project that is not theirs', async () => {
    await expect(newsOn(collecting, otherTeacher)).rejects.toMatchObject({ status: 403 })
    const news = await newsOn(collecting, owner)
    await expect(
      payload.update({
        collection: 'project-news',
        id: news.id,
        data: { title: 'Détourné' },
        user: otherTeacher,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'project-news', id: news.id, user: otherTeacher, overrideAccess: false }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'project-news', id: news.id })).title).toBe(news.title)
  })

  it('waits for the campaign to be public, and anonymous visitors cannot post', async () => {
    await expect(newsOn(draft, owner)).rejects.toMatchObject({ status: 409 })
    await expect(
      payload.create({
        collection: 'project-news',
        data: { project: collecting.id, title: 'Anonyme', body: 'x', visibility: 'public' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(FORBIDDEN)
  })
})

describe('project news from "Mon espace" (the teacher\'s service)', () => {
  const typed = (extra: Record<string, string> = {}) => ({
    title: unique('Sortie au musée'),
    body: 'Nous y étions hier.\nMerci !',
    visibility: 'public',
    ...extra,
  })
  const queuedMailsAbout = async (title: string) => {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      sort: '-createdAt',
      limit: 500,
      depth: 0,
    })
    return docs
      .map((job) => job.input as { to: string; subject: string; text: string })
      .filter((mail) => mail.subject.includes(title))
  }

  it('the owner posts with a picture; the donor who opted in gets the e-mail, the other does not', async () => {
    const optedIn = `${unique('abonne')}@exemple.org`
    const optedOut = `${unique('discret')}@exemple.org`
    await givePaid(payload, collecting.id, 2_000, { email: optedIn, wantsNews: true })
    await givePaid(payload, collecting.id, 2_000, { email: optedOut, wantsNews: false })
    const values = typed({ visibility: 'donors' })
    const picture = { file: upload(await pngBytes(), 'musee.png', 'image/png'), alt: 'La classe devant le musée' }
    const result = await saveProjectNews(payload, owner, { projectId: collecting.id, values, pictures: [picture] })
    expect(result.ok).toBe(true)
    const news = await payload.findByID({ collection: 'project-news', id: result.ok ? result.id : 0, depth: 1 })
    expect(news).toMatchObject({
      title: values.title,
      body: 'Nous y étions hier.\nMerci !',
      visibility: 'donors',
      author: expect.objectContaining({ id: owner.id }),
    })
    expect(news.pictures).toEqual([
      expect.objectContaining({ alt: 'La classe devant le musée', project: collecting.id }),
    ])
    expect((await queuedMailsAbout(values.title)).map((m) => m.to)).toEqual([optedIn])
  })

  it('refuses a title left empty and a picture without its description, on their fields, and stores nothing', async () => {
    const result = await saveProjectNews(payload, owner, {
      projectId: collecting.id,
      values: { body: 'Texte', visibility: 'public' },
      pictures: [{ file: upload(await pngBytes(), 'a.png', 'image/png'), alt: ' ' }],
    })
    expect(result).toEqual({
      ok: false,
      errors: { title: 'Donnez un titre à votre actualité.', photo1Alt: expect.stringContaining('texte alternatif') },
    })
  })

  it('another teacher cannot post on the project, nor edit or delete its news; nothing changes', async () => {
    const values = typed()
    const before = (await payload.count({ collection: 'project-news', where: { project: { equals: collecting.id } } }))
      .totalDocs
    expect(await saveProjectNews(payload, otherTeacher, { projectId: collecting.id, values })).toEqual({
      ok: false,
      errors: { _form: expect.stringContaining('vos propres projets') },
    })
    expect(
      (await payload.count({ collection: 'project-news', where: { project: { equals: collecting.id } } })).totalDocs,
    ).toBe(before)
    expect(await queuedMailsAbout(values.title)).toEqual([])

    const posted = await saveProjectNews(payload, owner, { projectId: collecting.id, values })
    const id = posted.ok ? posted.id : 0
    // Through their own project, naming this news item: refused by the news' access rules.
    const own = await payload.create({
      collection: 'projects',
      data: { title: unique('Projet'), owner: otherTeacher.id, status: 'collecting' } as Project,
      depth: 0,
      context: { projectTransition: true },
    })
    expect(
      (
        await saveProjectNews(payload, otherTeacher, {
          projectId: own.id,
          newsId: id,
          values: typed({ title: 'Détourné' }),
        })
      ).ok,
    ).toBe(false)
    expect(await deleteProjectNews(payload, otherTeacher, id)).toEqual({
      ok: false,
      errors: { _form: expect.stringContaining('vos propres projets') },
    })
    expect((await payload.findByID({ collection: 'project-news', id })).title).toBe(values.title)
  })

  it('the owner edits (a picture removed and deleted) and deletes their news', async () => {
    const values = typed()
    const posted = await saveProjectNews(payload, owner, {
      projectId: collecting.id,
      values,
      pictures: [{ file: upload(await pngBytes(), 'b.png', 'image/png'), alt: 'Le car' }],
    })
    const id = posted.ok ? posted.id : 0
    const [pictureId] = ((await payload.findByID({ collection: 'project-news', id, depth: 0 })).pictures ??
      []) as number[]
    const edited = await saveProjectNews(payload, owner, {
      projectId: collecting.id,
      newsId: id,
      values: { ...values, title: `${values.title} (corrigé)` },
      removePictureIds: [pictureId],
    })
    expect(edited.ok).toBe(true)
    expect(await payload.findByID({ collection: 'project-news', id, depth: 0 })).toMatchObject({
      title: `${values.title} (corrigé)`,
      pictures: [],
    })
    expect(await payload.findByID({ collection: 'project-pictures', id: pictureId, disableErrors: true })).toBeNull()
    // An edit sends no second e-mail.
    expect(await queuedMailsAbout(`${values.title} (corrigé)`)).toEqual([])

    expect(await deleteProjectNews(payload, owner, id)).toEqual({ ok: true, id, projectId: collecting.id })
    expect(await payload.findByID({ collection: 'project-news', id, disableErrors: true })).toBeNull()
  })
})
