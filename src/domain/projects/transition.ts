import type { ProjectStatus } from './status'

/** Who asks for a transition. The school head acts through a signed link; jobs act as the system. */
export type ProjectActor =
  | { kind: 'user'; id: number | string; roles: readonly string[]; isOwner: boolean }
  | { kind: 'school-head' }
  | { kind: 'system' }

type Party = 'owner' | 'moderator' | 'admin' | 'school-head' | 'system'

type Rule = { from: readonly ProjectStatus[]; to: ProjectStatus; by: readonly Party[]; commentRequired?: boolean }

/** Every transition that exists; no other does. Admins may do what moderators do. */
const RULES: readonly Rule[] = [
  { from: ['draft'], to: 'submitted', by: ['owner'] },
  { from: ['submitted'], to: 'in_review', by: ['moderator'] },
  { from: ['in_review'], to: 'changes_requested', by: ['moderator'], commentRequired: true },
  { from: ['changes_requested'], to: 'in_review', by: ['owner'] },
  { from: ['in_review'], to: 'awaiting_school_validation', by: ['moderator'] },
  { from: ['in_review'], to: 'rejected', by: ['moderator'], commentRequired: true },
  { from: ['awaiting_school_validation'], to: 'scheduled', by: ['school-head'] },
  { from: ['scheduled'], to: 'collecting', by: ['system'] },
  { from: ['draft', 'submitted', 'changes_requested'], to: 'withdrawn', by: ['owner'] },
  { from: ['collecting'], to: 'settling', by: ['system'] },
  { from: ['settling'], to: 'succeeded', by: ['system'] },
  { from: ['settling'], to: 'failed', by: ['system'] },
  { from: ['succeeded'], to: 'funds_released', by: ['admin', 'system'] },
  { from: ['funds_released'], to: 'realised', by: ['owner'] },
  { from: ['realised', 'failed'], to: 'archived', by: ['system'] },
]

export type TransitionRecord = {
  from: ProjectStatus
  to: ProjectStatus
  at: string
  actor: Party
  actorId?: number | string
  comment?: string
}

export type TransitionDecision =
  | { ok: true; record: TransitionRecord }
  | { ok: false; code: 'no_such_transition' | 'not_allowed' | 'comment_required'; message: string }

function partiesOf(actor: ProjectActor): Party[] {
  if (actor.kind !== 'user') return [actor.kind]
  const parties: Party[] = []
  if (actor.isOwner) parties.push('owner')
  if (actor.roles.includes('moderator') || actor.roles.includes('admin')) parties.push('moderator')
  if (actor.roles.includes('admin')) parties.push('admin')
  return parties
}

/** An admin acting as moderator is recorded as the admin they are. */
function recordedActor(actor: ProjectActor, party: Party): Party {
  if (actor.kind === 'user' && party === 'moderator' && !actor.roles.includes('moderator')) return 'admin'
  return party
}

/**
 * The one gate of the projects' state machine: may `actor` move a project from `from` to `to`?
 * On success, the record to append to the project's history (who, when, decision, comment).
 */
export function decideTransition(
  from: ProjectStatus,
  to: ProjectStatus,
  actor: ProjectActor,
  { now, comment }: { now: Date; comment?: string },
): TransitionDecision {
  const rule = RULES.find((r) => r.to === to && r.from.includes(from))
  if (!rule)
    return {
      ok: false,
      code: 'no_such_transition',
      message: `Un projet ne peut pas passer de « ${from} » à « ${to} ».`,
    }
  const party = partiesOf(actor).find((p) => rule.by.includes(p))
  if (!party)
    return { ok: false, code: 'not_allowed', message: 'Vous n’êtes pas autorisé à effectuer ce changement d’état.' }
  const trimmed = comment?.trim()
  if (rule.commentRequired && !trimmed) {
    return { ok: false, code: 'comment_required', message: 'Un commentaire expliquant la décision est obligatoire.' }
  }
  return {
    ok: true,
    record: {
      from,
      to,
      at: now.toISOString(),
      actor: recordedActor(actor, party),
      ...(actor.kind === 'user' ? { actorId: actor.id } : {}),
      ...(trimmed ? { comment: trimmed } : {}),
    },
  }
}

/** The states `actor` may move the project to from `from` (what the interface offers next). */
export function nextStatuses(from: ProjectStatus, actor: ProjectActor): ProjectStatus[] {
  const parties = partiesOf(actor)
  return RULES.filter((r) => r.from.includes(from) && r.by.some((p) => parties.includes(p))).map((r) => r.to)
}
