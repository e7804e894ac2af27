import { randomBytes } from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import {
  Forbidden,
  ValidationError,
  type Payload,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload'

import { altTextProblem, pictureProblem } from '@/domain/media/picture'
import { EMPTY_FIRST_STEP, type FormValues, type StepSlug, hasContent, parseStep } from '@/domain/projects/form-steps'
import { type ProjectStatus, isEditableStatus } from '@/domain/projects/status'
import { DRAFT_TITLE } from '@/domain/projects/submission'
import { slugify } from '@/domain/text/slugify'
import type { Project, User } from '@/payload-types'

import { apiErrorStatus, validationErrors } from '@/services/api-errors'
import { inLocalTransaction } from '@/services/db/local-transaction'

import { actorFor, transitionProject } from './transition-project'

export type TeacherResult = { ok: true; id: number } | { ok: false; errors: Record<string, string>; id?: number }

type AuthUser = User & { collection: 'users' }
type UploadedFile = { data: Buffer; mimetype: string; name: string; size: number }

export const NOT_EDITABLE =
  'Ce projet ne peut plus être modifié : il est en cours de relecture ou publié. Écrivez au GIP pour toute correction.'

/** Runs Local API calls as `user` (access rules apply) in one transaction. */
const asUser = <T>(payload: Payload, user: AuthUser, work: (req: PayloadRequest) => Promise<T>): Promise<T> =>
  inLocalTransaction(payload, work, { user })

/** Payload's refusals as errors on the form's fields. */
function fieldErrors(error: unknown): Record<string, string> {
  const fields = validationErrors(error)
  if (fields) return Object.fromEntries(fields.map((e) => [e.path, e.message]))
  const status = apiErrorStatus(error)
  if (status === 403 || status === 404) return { _form: NOT_EDITABLE }
  if (status !== null && status < 500) return { _form: (error as Error).message }
  throw error
}

/**
 * Saves one step of the teacher's form as a draft: the first step creates the project, the next
 * ones update it while its owner may still edit it (draft, changes requested).
 */
export async function saveProjectStep(
  payload: Payload,
  user: AuthUser,
  {
    projectId,
    step,
    values,
    themeIds,
    now = new Date(),
  }: { projectId?: number; step: StepSlug; values: FormValues; themeIds?: string[]; now?: Date },
): Promise<TeacherResult> {
  const { data, errors } = parseStep(step, values, { now, themeIds })
  if (Object.keys(errors).length) return { ok: false, errors, id: projectId }
  // An empty first step creates no empty "Nouveau projet".
  if (!projectId && !hasContent(data)) return { ok: false, errors: { _form: EMPTY_FIRST_STEP } }
  try {
    if (!projectId) {
      const created = await asUser(payload, user, (req) =>
        payload.create({
          collection: 'projects',
          data: {
            title: DRAFT_TITLE,
            slug: `nouveau-projet-${randomBytes(4).toString('hex')}`,
            ...data,
          } as RequiredDataFromCollectionSlug<'projects'>,
          req,
          overrideAccess: false,
          depth: 0,
        }),
      )
      return { ok: true, id: created.id }
    }
    // While the project is a draft, its address follows its title (the id keeps it unique).
    if (step === 'projet' && typeof data.title === 'string')
      data.slug = `${slugify(data.title) || 'projet'}-${projectId}`
    await asUser(payload, user, (req) =>
      payload.update({ collection: 'projects', id: projectId, data, req, overrideAccess: false, depth: 0 }),
    )
    return { ok: true, id: projectId }
  } catch (error) {
    return { ok: false, errors: fieldErrors(error), id: projectId }
  }
}

/** The project as its owner may see it; null when it is not theirs (or does not exist). */
export async function findOwnProject(payload: Payload, user: AuthUser, id: number): Promise<Project | null> {
  const project = await payload.findByID({
    collection: 'projects',
    id,
    user,
    overrideAccess: false,
    depth: 1,
    disableErrors: true,
  })
  if (!project) return null
  const ownerId = typeof project.owner === 'object' ? project.owner?.id : project.owner
  const coOwners = (project.coOwners ?? []).map((c) => (typeof c === 'object' ? c.id : c))
  return ownerId === user.id || coOwners.includes(user.id) ? project : null
}

export const isEditable = (project: Pick<Project, 'status'>) => isEditableStatus(project.status)

/**
 * Adds a cover or gallery picture: the file is checked by its content and the alternative text
 * required before anything is stored; the picture and the project change in one transaction.
 */
export async function addProjectPicture(
  payload: Payload,
  user: AuthUser,
  {
    projectId,
    role,
    file,
    alt,
  }: { projectId: number; role: 'cover' | 'gallery'; file: UploadedFile | null; alt: string },
): Promise<TeacherResult> {
  const errors: Record<string, string> = {}
  const altProblem = altTextProblem(alt)
  if (altProblem) errors[`${role}Alt`] = altProblem
  if (!file || file.size === 0) errors[`${role}File`] = 'Choisissez une image (JPEG, PNG ou WebP).'
  else {
    const problem = pictureProblem({ detectedMime: (await fileTypeFromBuffer(file.data))?.mime, size: file.size })
    if (problem) errors[`${role}File`] = problem
  }
  if (Object.keys(errors).length || !file) return { ok: false, errors, id: projectId }
  try {
    await asUser(payload, user, async (req) => {
      const project = await payload.findByID({
        collection: 'projects',
        id: projectId,
        req,
        overrideAccess: false,
        depth: 0,
      })
      if (!isEditable(project)) throw new Forbidden()
      const picture = await payload.create({
        collection: 'project-pictures',
        data: { alt: alt.trim(), project: projectId },
        file,
        req,
        overrideAccess: false,
        depth: 0,
      })
      const gallery = (project.gallery ?? []).map((p) => (typeof p === 'object' ? p.id : p))
      if (role === 'gallery' && gallery.length >= 6)
        throw new ValidationError({
          errors: [
            { path: 'galleryFile', message: 'La galerie compte déjà 6 photos : retirez-en une avant d’en ajouter.' },
          ],
        })
      const data = role === 'cover' ? { cover: picture.id } : { gallery: [...gallery, picture.id] }
      await payload.update({ collection: 'projects', id: projectId, data, req, overrideAccess: false, depth: 0 })
    })
    return { ok: true, id: projectId }
  } catch (error) {
    const mapped = fieldErrors(error)
    if (mapped.file) mapped[`${role}File`] = mapped.file
    delete mapped.file
    return { ok: false, errors: mapped, id: projectId }
  }
}

/** Removes a picture from the project and deletes it. */
export async function removeProjectPicture(
  payload: Payload,
  user: AuthUser,
  { projectId, pictureId }: { projectId: number; pictureId: number },
): Promise<TeacherResult> {
  try {
    await asUser(payload, user, async (req) => {
      const project = await payload.findByID({
        collection: 'projects',
        id: projectId,
        req,
        overrideAccess: false,
        depth: 0,
      })
      if (!isEditable(project)) throw new Forbidden()
      const coverId = typeof project.cover === 'object' ? project.cover?.id : project.cover
      const gallery = (project.gallery ?? []).map((p) => (typeof p === 'object' ? p.id : p))
      await payload.update({
        collection: 'projects',
        id: projectId,
        data: { cover: coverId === pictureId ? null : coverId, gallery: gallery.filter((id) => id !== pictureId) },
        req,
        overrideAccess: false,
        depth: 0,
      })
      await payload.delete({ collection: 'project-pictures', id: pictureId, req, overrideAccess: false })
    })
    return { ok: true, id: projectId }
  } catch (error) {
    return { ok: false, errors: fieldErrors(error), id: projectId }
  }
}

/** The owner's transitions from their space: submit, resubmit after changes, withdraw. */
export async function ownerTransition(
  payload: Payload,
  user: AuthUser,
  projectId: number,
  to: Extract<ProjectStatus, 'submitted' | 'in_review' | 'withdrawn'>,
): Promise<TeacherResult> {
  try {
    await transitionProject(payload, { projectId, to, actorOf: (project) => actorFor(user, project) })
    return { ok: true, id: projectId }
  } catch (error) {
    return { ok: false, errors: fieldErrors(error), id: projectId }
  }
}
