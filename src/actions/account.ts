'use server'

import { redirect } from 'next/navigation'

import { currentUser, forgetSessionCookie } from '@/services/auth/session'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'

import { eraseAccount } from '@/services/accounts/erase-account'
import { findFollowableProject, followProject, unfollowProject } from '@/services/accounts/follow-projects'

const projectIdOf = (form: FormData) => Number(form.get('projet'))

/**
 * "Suivre ce projet", from the project's (cached) page: signed out, the visitor signs in first and
 * comes back to the project; signed in, the project's page says it is followed.
 */
export async function followProjectAction(form: FormData): Promise<void> {
  const payload = await getPayloadOrUnavailable()
  const project = await findFollowableProject(payload, projectIdOf(form))
  if (!project) redirect('/projets')
  const user = await currentUser()
  if (!user) redirect(`/connexion?suite=/projets/${project.slug}`)
  await followProject(payload, user, project.id)
  redirect(`/projets/${project.slug}?suivi=oui`)
}

/** "Ne plus suivre", from the project's page (back to it) or from "Mon espace" (back there). */
export async function unfollowProjectAction(form: FormData): Promise<void> {
  const payload = await getPayloadOrUnavailable()
  const projectId = projectIdOf(form)
  const user = await currentUser()
  const project = await findFollowableProject(payload, projectId)
  const back = form.get('retour') === 'espace' || !project ? '/mon-espace' : `/projets/${project.slug}`
  if (!user) redirect(`/connexion?suite=${back}`)
  if (Number.isInteger(projectId)) await unfollowProject(payload, user, projectId)
  redirect(back === '/mon-espace' ? '/mon-espace?suivi=retire#projets-suivis' : `${back}?suivi=non`)
}

/** "Effacer mon compte", after the confirmation page: erased and signed out, or told why not. */
export async function eraseAccountAction(): Promise<void> {
  const user = await currentUser()
  if (!user) redirect('/connexion?suite=/mon-espace/effacer')
  const decision = await eraseAccount(await getPayloadOrUnavailable(), user.id)
  if (!decision.ok) redirect('/mon-espace/effacer?erreur=refus')
  await forgetSessionCookie()
  redirect('/mon-espace/effacer?etat=efface')
}
