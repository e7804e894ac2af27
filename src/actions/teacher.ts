'use server'

import { redirect } from 'next/navigation'

import { hasRole } from '@/domain/access/roles'
import { isStep, nextStep } from '@/domain/projects/form-steps'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import type { FormState } from './form-state'
import { formText, formTextValues } from '@/ui/forms/form-values'
import { NEWS_PICTURE_SLOTS } from '@/domain/projects/news-input'

import { deleteProjectNews, saveProjectNews } from '@/services/projects/project-news'
import {
  addProjectPicture,
  ownerTransition,
  removeProjectPicture,
  saveProjectStep,
} from '@/services/projects/teacher-projects'

const formUrl = (id: number, step: string, extra = '') => `/proposer-un-projet?projet=${id}&etape=${step}${extra}`

async function teacher() {
  const user = await currentUser()
  if (!user) redirect('/connexion?suite=/proposer-un-projet')
  if (!hasRole(user, 'teacher')) redirect('/mon-espace')
  return user
}

const projectIdOf = (form: FormData) => {
  const id = Number(form.get('projet'))
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/** Saves the step as a draft, then shows the next step (or the same one, when asked to stay). */
export async function saveStepAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await teacher()
  const step = String(form.get('etape'))
  if (!isStep(step)) return { errors: { _form: 'Étape inconnue.' } }
  const values = formTextValues(form)
  const themeIds = form.getAll('themes').map(String)
  const result = await saveProjectStep(await getPayloadOrUnavailable(), user, {
    projectId: projectIdOf(form),
    step,
    values,
    themeIds,
  })
  if (!result.ok) return { errors: result.errors, values }
  const next = form.get('apres') === 'rester' ? step : (nextStep(step) ?? step)
  redirect(formUrl(result.id, next, next === step ? '&enregistre=1' : ''))
}

export async function addPictureAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await teacher()
  const projectId = projectIdOf(form)
  const role = form.get('role') === 'cover' ? 'cover' : 'gallery'
  const upload = form.get(`${role}File`)
  const file =
    upload instanceof File && upload.size > 0
      ? { data: Buffer.from(await upload.arrayBuffer()), mimetype: upload.type, name: upload.name, size: upload.size }
      : null
  if (!projectId) return { errors: { _form: 'Enregistrez d’abord la première étape.' } }
  const alt = formText(form, `${role}Alt`)
  const result = await addProjectPicture(await getPayloadOrUnavailable(), user, { projectId, role, file, alt })
  if (!result.ok) return { errors: result.errors, values: { [`${role}Alt`]: alt } }
  redirect(formUrl(projectId, 'photos', '&enregistre=1'))
}

export async function removePictureAction(form: FormData): Promise<void> {
  const user = await teacher()
  const projectId = projectIdOf(form)
  if (projectId)
    await removeProjectPicture(await getPayloadOrUnavailable(), user, {
      projectId,
      pictureId: Number(form.get('photo')),
    })
  redirect(formUrl(projectId ?? 0, 'photos'))
}

/** Sends the project to the GIP (or back to it after requested changes). */
export async function submitAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await teacher()
  const projectId = projectIdOf(form)
  if (!projectId) return { errors: { _form: 'Projet introuvable.' } }
  const to = form.get('vers') === 'in_review' ? 'in_review' : 'submitted'
  const result = await ownerTransition(await getPayloadOrUnavailable(), user, projectId, to)
  if (!result.ok) return { errors: result.errors }
  redirect(`/mon-espace?envoye=${projectId}`)
}

export async function withdrawAction(form: FormData): Promise<void> {
  const user = await teacher()
  const projectId = projectIdOf(form)
  const result = projectId ? await ownerTransition(await getPayloadOrUnavailable(), user, projectId, 'withdrawn') : null
  redirect(result?.ok ? `/mon-espace?retire=${projectId}` : '/mon-espace?erreur=retrait')
}

const positiveId = (value: FormDataEntryValue | null) => {
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

async function owner() {
  const user = await currentUser()
  if (!user) redirect('/connexion?suite=/mon-espace')
  return user
}

/**
 * Publishes a news item of the teacher's project (or edits one, with `actualite`) from "Mon
 * espace": text, audience, up to three new pictures with their alternative text, pictures to remove.
 */
export async function saveNewsAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await owner()
  const projectId = projectIdOf(form)
  const values = formTextValues(form)
  if (!projectId) return { errors: { _form: 'Projet introuvable.' }, values }
  const pictures = Array.from({ length: NEWS_PICTURE_SLOTS }, (_, i) => {
    const upload = form.get(`photo${i + 1}`)
    const file = upload instanceof File && upload.size > 0 ? upload : null
    return { file, alt: formText(form, `photo${i + 1}Alt`) }
  })
  const result = await saveProjectNews(await getPayloadOrUnavailable(), user, {
    projectId,
    newsId: positiveId(form.get('actualite')),
    values,
    pictures: await Promise.all(
      pictures.map(async ({ file, alt }) => ({
        alt,
        file: file
          ? { data: Buffer.from(await file.arrayBuffer()), mimetype: file.type, name: file.name, size: file.size }
          : null,
      })),
    ),
    removePictureIds: form
      .getAll('retirerPhoto')
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0),
  })
  if (!result.ok) return { errors: result.errors, values }
  redirect(
    `/mon-espace?${form.get('actualite') ? 'actualite-modifiee' : 'actualite-publiee'}=${result.id}#projet-${projectId}`,
  )
}

export async function deleteNewsAction(form: FormData): Promise<void> {
  const user = await owner()
  const newsId = positiveId(form.get('actualite'))
  const result = newsId ? await deleteProjectNews(await getPayloadOrUnavailable(), user, newsId) : null
  redirect(result?.ok ? `/mon-espace?actualite-supprimee=1#projet-${result.projectId}` : '/mon-espace?erreur=actualite')
}
