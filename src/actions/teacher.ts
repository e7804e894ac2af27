'use server'

import { redirect } from 'next/navigation'

import { hasRole } from '@/domain/access/roles'
import { isStep, nextStep } from '@/domain/projects/form-steps'
import { currentUser } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import type { FormState } from './form-state'
import { formText, formTextValues } from '@/ui/forms/form-values'

import { addProjectPicture, ownerTransition, removeProjectPicture, saveProjectStep } from '@/services/projects/teacher-projects'

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
  const result = await saveProjectStep(await getPayloadOrUnavailable(), user, { projectId: projectIdOf(form), step, values, themeIds })
  if (!result.ok) return { errors: result.errors, values }
  const next = form.get('apres') === 'rester' ? step : (nextStep(step) ?? step)
  redirect(formUrl(result.id, next, next === step ? '&enregistre=1' : ''))
}

export async function addPictureAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await teacher()
  const projectId = projectIdOf(form)
  const role = form.get('role') === 'cover' ? 'cover' : 'gallery'
  const upload = form.get(`${role}File`)
  const file = upload instanceof File && upload.size > 0 ? { data: Buffer.from(await upload.arrayBuffer()), mimetype: upload.type, name: upload.name, size: upload.size } : null
  if (!projectId) return { errors: { _form: 'Enregistrez d’abord la première étape.' } }
  const alt = formText(form, `${role}Alt`)
  const result = await addProjectPicture(await getPayloadOrUnavailable(), user, { projectId, role, file, alt })
  if (!result.ok) return { errors: result.errors, values: { [`${role}Alt`]: alt } }
  redirect(formUrl(projectId, 'photos', '&enregistre=1'))
}

export async function removePictureAction(form: FormData): Promise<void> {
  const user = await teacher()
  const projectId = projectIdOf(form)
  if (projectId) await removeProjectPicture(await getPayloadOrUnavailable(), user, { projectId, pictureId: Number(form.get('photo')) })
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
