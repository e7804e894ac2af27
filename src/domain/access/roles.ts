/** The roles of domain.md that hold an account (the school head confirms by signed link, without one). */
export const ROLES = [
  'admin',
  'editor',
  'moderator',
  'coordinator',
  'structure-manager',
  'teacher',
  'donor',
  'sponsor',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { fr: string; en: string }> = {
  admin: { fr: 'Administrateur (GIP)', en: 'Administrator (GIP)' },
  editor: { fr: 'Éditeur (communication)', en: 'Editor (communication)' },
  moderator: { fr: 'Modérateur (chargé de projets)', en: 'Moderator (project officer)' },
  coordinator: { fr: 'Coordinateur TNE', en: 'TNE coordinator' },
  'structure-manager': { fr: 'Gestionnaire de structure', en: 'Structure manager' },
  teacher: { fr: 'Porteur de projet (enseignant)', en: 'Project owner (teacher)' },
  donor: { fr: 'Donateur', en: 'Donor' },
  sponsor: { fr: 'Mécène', en: 'Sponsor' },
}

/** Roles that work in the admin panel; teachers and donors use their space on the public site. */
export const STAFF_ROLES: readonly Role[] = [
  'admin',
  'editor',
  'moderator',
  'coordinator',
  'structure-manager',
  'sponsor',
]

type WithRoles = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: WithRoles, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
}

/** Admins and editors work on every site; everyone else only on the sites they are assigned. */
export function worksOnAllSites(user: WithRoles): boolean {
  return hasRole(user, 'admin', 'editor')
}

/** The GIP's own staff (admins, the communication team, project officers) read the statistics dashboard and API. */
export const STATISTICS_ROLES: readonly Role[] = ['admin', 'editor', 'moderator']

export function canSeeStatistics(user: WithRoles): boolean {
  return hasRole(user, ...STATISTICS_ROLES)
}
