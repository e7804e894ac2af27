import { fileTypeFromBuffer } from 'file-type'
import type { Payload, PayloadRequest } from 'payload'

import { altTextProblem, pictureProblem } from '@/domain/media/picture'
import { type NewsInput, NEWS_PICTURE_SLOTS, parseNewsInput, picturesRoom } from '@/domain/projects/news-input'
import type { ProjectNew, User } from '@/payload-types'

import { apiErrorStatus, validationErrors } from '@/services/api-errors'
import { inLocalTransaction } from '@/services/db/local-transaction'

import { findOwnProject } from './teacher-projects'

type AuthUser = User & { collection: 'users' }
export type NewsPicture = { file: { data: Buffer; mimetype: string; name: string; size: number } | null; alt: string }
export type NewsResult = { ok: true; id: number; projectId: number } | { ok: false; errors: Record<string, string> }

const NOT_YOURS = 'Vous ne pouvez publier que sur vos propres projets, une fois leur collecte ouverte.'

/** Payload's refusals as errors on the form's fields (a refusal of access as a general message). */
function newsErrors(error: unknown): Record<string, string> {
  const fields = validationErrors(error)
  if (fields) return Object.fromEntries(fields.map((e) => [e.path, e.message]))
  const status = apiErrorStatus(error)
  if (status === 403 || status === 404) return { _form: NOT_YOURS }
  if (status !== null && status < 500) return { _form: (error as Error).message }
  throw error
}

/** The pictures picked in the form's slots, checked by their content and alternative text. */
async function checkPictures(pictures: NewsPicture[]): Promise<Record<string, string>> {
  const errors: Record<string, string> = {}
  for (const [i, { file, alt }] of pictures.entries()) {
    if (!file || file.size === 0) continue
    const problem = pictureProblem({ detectedMime: (await fileTypeFromBuffer(file.data))?.mime, size: file.size })
    if (problem) errors[`photo${i + 1}`] = problem
    const altProblem = altTextProblem(alt)
    if (altProblem) errors[`photo${i + 1}Alt`] = altProblem
  }
  return errors
}

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/**
 * Publishes (or, with `newsId`, edits) a news item of one of the user's projects, with up to
 * `NEWS_PICTURE_SLOTS` new pictures and the removal of those unticked. Everything runs as the user
 * (the collection's access rules decide) in one transaction; the e-mail to the donors who asked
 * for the news is queued by the collection when the item is created.
 */
export async function saveProjectNews(
  payload: Payload,
  user: AuthUser,
  {
    projectId,
    newsId,
    values,
    pictures = [],
    removePictureIds = [],
  }: {
    projectId: number
    newsId?: number
    values: Record<string, string | undefined>
    pictures?: NewsPicture[]
    removePictureIds?: number[]
  },
): Promise<NewsResult> {
  const parsed = parseNewsInput(values)
  const pictureErrors = await checkPictures(pictures.slice(0, NEWS_PICTURE_SLOTS))
  if (!parsed.ok || Object.keys(pictureErrors).length)
    return { ok: false, errors: { ...(parsed.ok ? {} : parsed.errors), ...pictureErrors } }
  if (!(await findOwnProject(payload, user, projectId))) return { ok: false, errors: { _form: NOT_YOURS } }
  try {
    const id = await inLocalTransaction(
      payload,
      (req) => writeNews(payload, req, user, { projectId, newsId, data: parsed.data, pictures, removePictureIds }),
      { user },
    )
    return { ok: true, id, projectId }
  } catch (error) {
    return { ok: false, errors: newsErrors(error) }
  }
}

async function writeNews(
  payload: Payload,
  req: PayloadRequest,
  user: AuthUser,
  {
    projectId,
    newsId,
    data,
    pictures,
    removePictureIds,
  }: { projectId: number; newsId?: number; data: NewsInput; pictures: NewsPicture[]; removePictureIds: number[] },
): Promise<number> {
  const news = newsId
    ? await payload.findByID({ collection: 'project-news', id: newsId, req, overrideAccess: false, depth: 0 })
    : await payload.create({
        collection: 'project-news',
        data: { project: projectId, ...data },
        req,
        overrideAccess: false,
        depth: 0,
      })
  if (idOf(news.project) !== projectId) throw Object.assign(new Error(NOT_YOURS), { status: 403 })
  const kept = (news.pictures ?? []).map(idOf).filter((id) => !removePictureIds.includes(id))
  const added: number[] = []
  for (const { file, alt } of pictures) {
    if (!file || file.size === 0 || picturesRoom(kept.length + added.length) === 0) continue
    const picture = await payload.create({
      collection: 'project-pictures',
      data: { alt: alt.trim(), project: projectId },
      file,
      req,
      overrideAccess: false,
      depth: 0,
    })
    added.push(picture.id)
  }
  const changedPictures = added.length > 0 || kept.length !== (news.pictures ?? []).length
  if (newsId || changedPictures) {
    await payload.update({
      collection: 'project-news',
      id: news.id,
      data: { ...(newsId ? data : {}), pictures: [...kept, ...added] },
      req,
      overrideAccess: false,
      depth: 0,
    })
  }
  await deleteOwnPictures(
    payload,
    req,
    user,
    (news.pictures ?? []).map(idOf).filter((id) => !kept.includes(id)),
  )
  return news.id
}

/** Deletes the pictures the user uploaded among `ids` (a co-owner's stay, unlinked). */
async function deleteOwnPictures(payload: Payload, req: PayloadRequest, user: AuthUser, ids: number[]) {
  if (!ids.length) return
  await payload.delete({
    collection: 'project-pictures',
    where: { and: [{ id: { in: ids } }, { owner: { equals: user.id } }] },
    req,
    overrideAccess: false,
  })
}

/** Deletes a news item of one of the user's projects, and the pictures they attached to it. */
export async function deleteProjectNews(payload: Payload, user: AuthUser, newsId: number): Promise<NewsResult> {
  try {
    const projectId = await inLocalTransaction(
      payload,
      async (req) => {
        const news = await payload.findByID({
          collection: 'project-news',
          id: newsId,
          req,
          overrideAccess: false,
          depth: 0,
        })
        await payload.delete({ collection: 'project-news', id: newsId, req, overrideAccess: false })
        await deleteOwnPictures(payload, req, user, (news.pictures ?? []).map(idOf))
        return idOf(news.project)
      },
      { user },
    )
    return { ok: true, id: newsId, projectId }
  } catch (error) {
    return { ok: false, errors: newsErrors(error) }
  }
}

/**
 * The news of the user's projects that they may edit (update access), newest first, with their
 * pictures; keyed by project.
 */
export async function newsOfOwnProjects(
  payload: Payload,
  user: AuthUser,
  projectIds: number[],
): Promise<Map<number, ProjectNew[]>> {
  const byProject = new Map<number, ProjectNew[]>()
  if (!projectIds.length) return byProject
  const { docs } = await payload.find({
    collection: 'project-news',
    where: { project: { in: projectIds } },
    sort: '-createdAt',
    limit: 200,
    depth: 1,
    user,
    overrideAccess: false,
  })
  for (const news of docs) {
    const projectId = idOf(news.project as number | { id: number })
    byProject.set(projectId, [...(byProject.get(projectId) ?? []), news])
  }
  return byProject
}
