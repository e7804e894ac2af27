import { STAFF_ROLES, hasRole } from '@/domain/access/roles'
import { env } from '@/env'
import { siteOrigin } from '@/domain/sites/origins'

type Named = { firstName?: string | null; roles?: string[] | null }

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** A link of the crowdfunding site, where teachers and donors have their space. */
export const siteLink = (path: string) => `${siteOrigin(env, env.SITE_HOSTS_PROJETS[0])}${path}`
const accountLink = (path: string, token: string) => `${siteLink(path)}?jeton=${encodeURIComponent(token)}`

function message(user: Named | undefined, paragraphs: string[], link: string, after: string): string {
  const hello = user?.firstName ? `Bonjour ${escapeHtml(user.firstName)},` : 'Bonjour,'
  return [
    `<p>${hello}</p>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p>${after}</p>`,
  ].join('\n')
}

export const verifyEmail = {
  generateEmailSubject: () => 'Confirmez votre adresse e-mail',
  generateEmailHTML: ({ token, user }: { token: string; user: Named }) =>
    message(user, ['Pour activer votre compte sur le portail, confirmez votre adresse en ouvrant ce lien :'], accountLink('/verifier-email', token), 'Si vous n’avez pas créé de compte, ignorez ce message.'),
}

/**
 * Where a reset link leads: the crowdfunding site's page for donors and teachers; the admin's own
 * page for staff, which signs them in there and trusts that browser, so that an attacker failing
 * on their account never keeps them out of the admin.
 */
const resetLink = (user: Named | undefined, token: string) =>
  hasRole(user, ...STAFF_ROLES) ? `${env.SERVER_URL}/admin/reset/${encodeURIComponent(token)}` : accountLink('/mot-de-passe/nouveau', token)

export const forgotPassword = {
  // One hour: long enough to read the e-mail, short enough to limit a leaked link.
  expiration: 60 * 60 * 1000,
  generateEmailSubject: () => 'Réinitialisation de votre mot de passe',
  generateEmailHTML: (args?: { token?: string; user?: Named }) =>
    message(args?.user, ['Vous avez demandé à changer votre mot de passe. Choisissez-en un nouveau en ouvrant ce lien, valable une heure :'], resetLink(args?.user, args?.token ?? ''), 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.'),
}
