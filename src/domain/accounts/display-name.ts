import { ROLES, type Role } from '@/domain/access/roles'

/** The short names of the roles, as the staff call each other ("Léa Martin · Modératrice" reads better with the role last). */
export const ROLE_SHORT_LABELS: Record<Role, string> = {
  admin: 'Administration',
  editor: 'Communication',
  moderator: 'Modération',
  coordinator: 'Coordination TNE',
  'structure-manager': 'Gestion de structure',
  teacher: 'Porteur de projet',
  donor: 'Donateur',
  sponsor: 'Mécène',
}

type Account = {
  firstName?: string | null
  lastName?: string | null
  email?: string | null
  roles?: readonly string[] | null
}

/** "lea.martin@academie.fr" → "l…@academie.fr": enough to tell accounts apart, not to write to them. */
export function maskedEmail(email: string): string {
  const [local, domain] = email.trim().split('@')
  return domain ? `${local.slice(0, 1)}…@${domain}` : `${local.slice(0, 1)}…`
}

/**
 * How an account is named in the admin (relations, lists, history): "Léa Martin · Modération",
 * its main role being the first of ROLES it holds. Colleagues read it, not the e-mail address: a
 * missing name is stood for by the address masked ("l…@academie.fr · Modération").
 */
export function displayNameOf(account: Account): string {
  const name =
    [account.firstName, account.lastName]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(' ') ||
    (account.email?.trim() ? maskedEmail(account.email) : '') ||
    'Compte sans nom'
  const role = ROLES.find((r) => account.roles?.includes(r))
  return role ? `${name} · ${ROLE_SHORT_LABELS[role]}` : name
}
