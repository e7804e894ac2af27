import { APIError, type Payload, type PayloadRequest, ValidationError } from 'payload'

import { TRANSITION_CONTEXT } from '@/domain/write-context'
import type { ProjectStatus } from '@/domain/projects/status'
import { checkSubmission } from '@/domain/projects/submission'
import { type ProjectActor, decideTransition } from '@/domain/projects/transition'
import type { Project, User } from '@/payload-types'

import { applyTransitionEffects } from './transition-effects'
import { withLockedProject } from './with-locked-project'

/** What the actor is, for this project. */
export function actorFor(user: User, project: Pick<Project, 'owner' | 'coOwners'>): ProjectActor {
  const id = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)
  const isOwner = id(project.owner) === user.id || (project.coOwners ?? []).some((c) => id(c) === user.id)
  return { kind: 'user', id: user.id, roles: user.roles ?? [], isOwner }
}

/**
 * Applies one transition of the projects' state machine on the locked project: the machine decides
 * on the status as it is now, and status, history and the transition's effects are written
 * together. Two concurrent requests cannot both apply; a repeated one finds the new status and is
 * refused (409) instead of applying twice.
 *
 * Refusals: 403 (not this actor's to make), 409 (not a transition from the current status), 400 on
 * the field (a missing comment, an incomplete project at submission).
 */
export async function transitionProject(
  payload: Payload,
  {
    projectId,
    to,
    comment,
    actorOf,
    precondition,
    now = new Date(),
  }: {
    projectId: number
    to: ProjectStatus
    comment?: string
    /** The actor, given the locked project (owners are known only once it is read). */
    actorOf: (project: Project) => ProjectActor
    /** A last check on the locked project before the machine decides (e.g. the school link's nonce). */
    precondition?: (project: Project) => void
    now?: Date
  },
): Promise<Project> {
  return withLockedProject(payload, projectId, async (project, req) => {
    precondition?.(project)
    return transitionLocked(payload, req, project, { to, comment, actor: actorOf(project), now })
  })
}

/** The same, on a project already locked in `req`'s transaction (`withLockedProject`). */
export async function transitionLocked(
  payload: Payload,
  req: PayloadRequest,
  project: Project,
  { to, comment, actor, now }: { to: ProjectStatus; comment?: string; actor: ProjectActor; now: Date },
): Promise<Project> {
  const decision = decideTransition(project.status, to, actor, { now, comment })
  if (!decision.ok) {
    if (decision.code === 'comment_required') {
      throw new ValidationError({ collection: 'projects', errors: [{ path: 'comment', message: decision.message }] })
    }
    throw new APIError(decision.message, decision.code === 'not_allowed' ? 403 : 409)
  }
  if (to === 'submitted' || (project.status === 'changes_requested' && to === 'in_review')) {
    const problems = checkSubmission(project, now)
    if (problems.length) throw new ValidationError({ collection: 'projects', errors: problems })
  }
  const effects = await applyTransitionEffects(payload, req, project, to, { now, comment: decision.record.comment })
  const { actorId, ...record } = decision.record
  return payload.update({
    collection: 'projects',
    id: project.id,
    data: {
      ...effects,
      status: to,
      history: [...(project.history ?? []), { ...record, actorUser: typeof actorId === 'number' ? actorId : null }],
    },
    depth: 0,
    req,
    context: { [TRANSITION_CONTEXT]: true },
  })
}
