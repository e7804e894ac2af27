import { describe, expect, it } from 'vitest'

import type { ProjectStatus } from '@/domain/projects/status'

import { decideErasure, erasedEmail } from './erasure'

const project = (status: ProjectStatus, id = 1) => ({ id, title: `Projet ${id}`, status })

describe('decideErasure', () => {
  it.each([
    ['a donor', ['donor']],
    ['a teacher without projects', ['teacher']],
    ['a donor who is also a teacher', ['donor', 'teacher']],
    ['an account without roles', []],
  ])('lets %s erase their account', (_case, roles) => expect(decideErasure({ roles }, [])).toEqual({ ok: true }))

  it.each(['admin', 'editor', 'moderator', 'coordinator', 'structure-manager', 'sponsor'])(
    'refuses a %s account, even with the donor role',
    (role) => {
      expect(decideErasure({ roles: ['donor', role] }, [])).toMatchObject({
        ok: false,
        code: 'staff_account',
        message: expect.stringContaining('GIP'),
      })
    },
  )

  it.each<ProjectStatus>(['withdrawn', 'rejected', 'archived', 'realised', 'failed', 'funds_released'])(
    'lets a teacher whose project is %s go',
    (status) => {
      expect(decideErasure({ roles: ['teacher'] }, [project(status)])).toEqual({ ok: true })
    },
  )

  it.each<ProjectStatus>([
    'draft',
    'submitted',
    'in_review',
    'changes_requested',
    'awaiting_school_validation',
    'scheduled',
    'collecting',
    'settling',
    'succeeded',
  ])('refuses a teacher whose project is %s, naming it', (status) => {
    const decision = decideErasure({ roles: ['teacher'] }, [project('archived', 1), project(status, 2)])
    expect(decision).toMatchObject({ ok: false, code: 'unfinished_projects', projects: [project(status, 2)] })
    expect(decision.ok || decision.message).toContain('un projet en cours')
  })

  it('counts the unfinished projects', () => {
    expect(decideErasure({ roles: ['teacher'] }, [project('draft', 1), project('collecting', 2)])).toMatchObject({
      message: expect.stringContaining('2 projets en cours'),
    })
  })

  it('does not erase twice', () => {
    expect(decideErasure({ roles: [], erasedAt: '2026-11-27T10:00:00.000Z' }, [])).toMatchObject({
      ok: false,
      code: 'already_erased',
    })
  })
})

describe('erasedEmail', () => {
  it('is unique per account and undeliverable', () => expect(erasedEmail(42)).toBe('efface-42@invalid.example'))
})
