import { z } from 'zod'

import { checkPassword } from './password-policy'

/** What `npm run admin:create` was asked: the address, an optional "Prénom Nom", and a password if one was given. */
export type AdministratorRequest = { email: string; name?: string; password?: string }
export type Administrator = { email: string; firstName?: string; lastName?: string; password?: string }

const Email = z.email()

/**
 * Checks the request of the first (or another) administrator: a valid address, a name of at most
 * 100 characters per part, and, when a password is given, the admin's own password rules.
 * Returns the French reason of the first problem, or the normalised administrator.
 */
export async function checkAdministrator(
  request: AdministratorRequest,
): Promise<{ ok: true; admin: Administrator } | { ok: false; field: 'email' | 'name' | 'password'; message: string }> {
  const email = request.email.trim().toLowerCase()
  if (!email) return { ok: false, field: 'email', message: 'Indiquez l’adresse e-mail de l’administrateur (--email).' }
  if (!Email.safeParse(email).success)
    return { ok: false, field: 'email', message: `Adresse e-mail invalide : « ${request.email} ».` }
  const [firstName, ...rest] = (request.name ?? '').trim().split(/\s+/).filter(Boolean)
  const lastName = rest.join(' ')
  if ((firstName?.length ?? 0) > 100 || lastName.length > 100)
    return { ok: false, field: 'name', message: 'Le prénom et le nom ne doivent pas dépasser 100 caractères chacun.' }
  if (request.password !== undefined) {
    const problem = await checkPassword(request.password, [email, firstName, lastName])
    if (problem) return { ok: false, field: 'password', message: problem }
  }
  return { ok: true, admin: { email, firstName, lastName: lastName || undefined, password: request.password } }
}

/** The roles of a promoted user: theirs, plus admin (nothing is taken away). */
export function withAdminRole(roles: readonly string[] | null | undefined): string[] {
  const current = roles ?? []
  return current.includes('admin') ? [...current] : [...current, 'admin']
}
