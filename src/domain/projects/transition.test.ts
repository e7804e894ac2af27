import { describe, expect, it } from 'vitest'

import { PROJECT_STATUSES, type ProjectStatus } from './status'
import { decideTransition, nextStatuses, type ProjectActor } from './transition'

const now = new Date('2026-11-27T10:00:00Z')
const owner: ProjectActor = { kind: 'user', id: 1, roles: ['teacher'], isOwner: true }
const otherTeacher: ProjectActor = { kind: 'user', id: 2, roles: ['teacher'], isOwner: false }
const moderator: ProjectActor = { kind: 'user', id: 3, roles: ['moderator'], isOwner: false }
const admin: ProjectActor = { kind: 'user', id: 4, roles: ['admin'], isOwner: false }
const schoolHead: ProjectActor = { kind: 'school-head' }
const system: ProjectActor = { kind: 'system' }

describe('decideTransition: every transition of domain.md, by whom', () => {
  it.each<[ProjectStatus, ProjectStatus, ProjectActor, string | undefined, string]>([
    ['draft', 'submitted', owner, undefined, 'owner'],
    ['submitted', 'in_review', moderator, undefined, 'moderator'],
    ['in_review', 'changes_requested', moderator, 'Précisez le budget.', 'moderator'],
    ['changes_requested', 'in_review', owner, undefined, 'owner'],
    ['in_review', 'awaiting_school_validation', admin, undefined, 'admin'],
    ['in_review', 'rejected', moderator, 'Hors du cadre du dispositif.', 'moderator'],
    ['awaiting_school_validation', 'scheduled', schoolHead, undefined, 'school-head'],
    ['scheduled', 'collecting', system, undefined, 'system'],
    ['draft', 'withdrawn', owner, undefined, 'owner'],
    ['submitted', 'withdrawn', owner, undefined, 'owner'],
    ['changes_requested', 'withdrawn', owner, undefined, 'owner'],
    ['collecting', 'settling', system, undefined, 'system'],
    ['settling', 'succeeded', system, undefined, 'system'],
    ['settling', 'failed', system, undefined, 'system'],
    ['succeeded', 'funds_released', system, undefined, 'system'],
    ['succeeded', 'funds_released', admin, undefined, 'admin'],
    ['funds_released', 'realised', owner, undefined, 'owner'],
    ['realised', 'archived', system, undefined, 'system'],
    ['failed', 'archived', system, undefined, 'system'],
  ])('%s → %s', (from, to, actor, comment, recorded) => {
    const decision = decideTransition(from, to, actor, { now, comment })
    expect(decision).toEqual({
      ok: true,
      record: {
        from,
        to,
        at: '2026-11-27T10:00:00.000Z',
        actor: recorded,
        ...(actor.kind === 'user' ? { actorId: actor.id } : {}),
        ...(comment ? { comment } : {}),
      },
    })
  })
})

describe('decideTransition refusals', () => {
  it.each<[string, ProjectStatus, ProjectStatus, ProjectActor, string | undefined, string]>([
    ['a transition that does not exist', 'draft', 'collecting', admin, undefined, 'no_such_transition'],
    ['going backwards', 'collecting', 'scheduled', system, undefined, 'no_such_transition'],
    ['withdrawing once in review', 'in_review', 'withdrawn', owner, undefined, 'no_such_transition'],
    ['staying in place', 'draft', 'draft', owner, undefined, 'no_such_transition'],
    ['another teacher submitting', 'draft', 'submitted', otherTeacher, undefined, 'not_allowed'],
    [
      'the owner approving their own project',
      'in_review',
      'awaiting_school_validation',
      owner,
      undefined,
      'not_allowed',
    ],
    [
      'a moderator confirming for the school',
      'awaiting_school_validation',
      'scheduled',
      moderator,
      undefined,
      'not_allowed',
    ],
    ['a user opening the collection by hand', 'scheduled', 'collecting', admin, undefined, 'not_allowed'],
    [
      'the school head approving in review',
      'in_review',
      'awaiting_school_validation',
      schoolHead,
      undefined,
      'not_allowed',
    ],
    [
      'a moderator releasing funds (admins do payouts)',
      'succeeded',
      'funds_released',
      moderator,
      undefined,
      'not_allowed',
    ],
    ['requesting changes without a comment', 'in_review', 'changes_requested', moderator, '   ', 'comment_required'],
    ['rejecting without a reason', 'in_review', 'rejected', moderator, undefined, 'comment_required'],
  ])('refuses %s', (_label, from, to, actor, comment, code) => {
    const decision = decideTransition(from, to, actor, { now, comment })
    expect(decision.ok).toBe(false)
    expect(decision).toMatchObject({ code })
  })

  it('has no way out of rejected, withdrawn or archived', () => {
    for (const from of ['rejected', 'withdrawn', 'archived'] as const) {
      for (const to of PROJECT_STATUSES) {
        for (const actor of [owner, admin, schoolHead, system]) {
          expect(decideTransition(from, to, actor, { now, comment: 'x' }).ok).toBe(false)
        }
      }
    }
  })
})

describe('nextStatuses', () => {
  it('tells each party what it can do next', () => {
    expect(nextStatuses('draft', owner)).toEqual(['submitted', 'withdrawn'])
    expect(nextStatuses('in_review', moderator)).toEqual([
      'changes_requested',
      'awaiting_school_validation',
      'rejected',
    ])
    expect(nextStatuses('in_review', owner)).toEqual([])
    expect(nextStatuses('changes_requested', owner)).toEqual(['in_review', 'withdrawn'])
    expect(nextStatuses('collecting', system)).toEqual(['settling'])
  })
})
