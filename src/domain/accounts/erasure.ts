import type { ProjectStatus } from '@/domain/projects/status'

/**
 * "Erase my account" (domain.md, GDPR): donors and teachers erase their own account from their
 * space. Staff accounts are closed by the GIP; a teacher first withdraws, or finishes, their
 * projects, since a project under way needs its owner (the GIP writes to them, pays out, asks for
 * the final report).
 */
export const SELF_ERASABLE_ROLES = ['donor', 'teacher'] as const

/** States in which a project no longer needs its owner. */
export const FINISHED_PROJECT_STATUSES: readonly ProjectStatus[] = [
  'withdrawn',
  'rejected',
  'archived',
  'realised',
  'failed',
  'funds_released',
]

export type ErasureAccount = { roles?: readonly string[] | null; erasedAt?: string | null }
export type OwnedProject = { id: number; title: string; status: ProjectStatus }

export type ErasureDecision =
  | { ok: true }
  | { ok: false; code: 'already_erased' | 'staff_account'; message: string }
  | { ok: false; code: 'unfinished_projects'; message: string; projects: OwnedProject[] }

/** Whether an account may be erased by its holder, given the projects they own or co-own. */
export function decideErasure(account: ErasureAccount, projects: readonly OwnedProject[]): ErasureDecision {
  if (account.erasedAt) return { ok: false, code: 'already_erased', message: 'Ce compte est déjà effacé.' }
  const staffRoles = (account.roles ?? []).filter((role) => !(SELF_ERASABLE_ROLES as readonly string[]).includes(role))
  if (staffRoles.length) {
    return {
      ok: false,
      code: 'staff_account',
      message:
        'Ce compte sert à travailler pour le GIP ou pour un partenaire : il ne peut pas être effacé depuis ce site. Demandez sa fermeture au GIP (page Contact).',
    }
  }
  const unfinished = projects.filter((project) => !FINISHED_PROJECT_STATUSES.includes(project.status))
  if (unfinished.length) {
    return {
      ok: false,
      code: 'unfinished_projects',
      message:
        unfinished.length > 1
          ? `Vous portez encore ${unfinished.length} projets en cours. Retirez-les s’ils ne sont pas encore publiés, ou contactez le GIP : un projet en cours a besoin de son porteur jusqu’à son terme.`
          : 'Vous portez encore un projet en cours. Retirez-le s’il n’est pas encore publié, ou contactez le GIP : un projet en cours a besoin de son porteur jusqu’à son terme.',
      projects: unfinished,
    }
  }
  return { ok: true }
}

/** The address an erased account keeps: unique (the column is), and undeliverable (RFC 2606). */
export const erasedEmail = (userId: number) => `efface-${userId}@invalid.example`
