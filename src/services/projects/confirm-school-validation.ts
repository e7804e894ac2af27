import { APIError, type Payload } from 'payload'

import { verifySchoolLink } from '@/domain/projects/school-link'
import { env } from '@/env'
import { apiErrorStatus } from '@/services/api-errors'

import { transitionProject } from './transition-project'

export type SchoolConfirmation =
  | { ok: true; projectTitle: string }
  | { ok: false; reason: 'malformed' | 'tampered' | 'expired' | 'used' | 'not_awaiting' }

/** Reads a link without using it (the page shows the project before the head confirms). */
export async function inspectSchoolLink(payload: Payload, token: string, now = new Date()) {
  const check = verifySchoolLink(token, env.PAYLOAD_SECRET, now)
  if (!check.ok) return check
  const project = await payload.findByID({
    collection: 'projects',
    id: check.claims.projectId,
    depth: 1,
    showHiddenFields: true,
    disableErrors: true,
  })
  if (!project || project.schoolValidation?.nonce !== check.claims.nonce)
    return { ok: false as const, reason: 'used' as const }
  if (project.status !== 'awaiting_school_validation') return { ok: false as const, reason: 'not_awaiting' as const }
  return { ok: true as const, project }
}

/**
 * The school head confirms through the signed link: checked (signature, expiry), then, on the
 * locked project, the nonce must still be the stored one (a used or superseded link is refused),
 * and the machine moves the project to `scheduled` as the school head.
 */
export async function confirmSchoolValidation(
  payload: Payload,
  token: string,
  now = new Date(),
): Promise<SchoolConfirmation> {
  const check = verifySchoolLink(token, env.PAYLOAD_SECRET, now)
  if (!check.ok) return check
  const stale = new APIError('Lien déjà utilisé', 410)
  try {
    const project = await transitionProject(payload, {
      projectId: check.claims.projectId,
      to: 'scheduled',
      actorOf: () => ({ kind: 'school-head' }),
      precondition: (locked) => {
        if (locked.schoolValidation?.nonce !== check.claims.nonce) throw stale
      },
      now,
    })
    return { ok: true, projectTitle: project.title }
  } catch (error) {
    if (error === stale) return { ok: false, reason: 'used' }
    if (apiErrorStatus(error) === 409 || apiErrorStatus(error) === 404) return { ok: false, reason: 'not_awaiting' }
    throw error
  }
}
