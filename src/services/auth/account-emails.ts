import type { Payload, PayloadRequest } from 'payload'

import { STAFF_ROLES, hasRole } from '@/domain/access/roles'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { env } from '@/env'
import { type Site, siteOfKind, siteUrl } from '@/services/sites/registry'

type Named = { firstName?: string | null; roles?: string[] | null }

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

/** The crowdfunding site, where teachers and donors have their space: the account e-mails' links lead there. */
export const accountSite = (payload: Payload): Promise<Site> => siteOfKind(payload, SITE_KINDS.projets)
const accountLink = (site: Site, path: string, token: string) =>
  `${siteUrl(site, path)}?jeton=${encodeURIComponent(token)}`

function message(user: Named | undefined, paragraphs: string[], link: string, after: string): string {
  const hello = user?.firstName ? `Bonjour ${escapeHtml(user.firstName)},` : 'Bonjour,'
  return [
    `<p>${hello}</p>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p>${after}</p>`,
  ].join('\n')
}

/** The verification e-mail's HTML, its link on `site` (the sites' sign-up resolves the site before its transaction). */
export const verificationHtml = (site: Site, token: string, user: Named) =>
  message(
    user,
    ['Pour activer votre compte sur le portail, confirmez votre adresse en ouvrant ce lien :'],
    accountLink(site, '/verifier-email', token),
    'Si vous n’avez pas créé de compte, ignorez ce message.',
  )

export const verifyEmail = {
  generateEmailSubject: () => 'Confirmez votre adresse e-mail',
  /** Payload's (an account created in the admin); the sites' sign-up uses `verificationHtml`. */
  generateEmailHTML: async ({ req, token, user }: { req: PayloadRequest; token: string; user: Named }) =>
    verificationHtml(await accountSite(req.payload), token, user),
}

/**
 * Where a reset link leads: the crowdfunding site's page for donors and teachers; the admin's own
 * page for staff, which signs them in there and trusts that browser, so that an attacker failing
 * on their account never keeps them out of the admin.
 */
const resetLink = (site: Site, user: Named | undefined, token: string) =>
  hasRole(user, ...STAFF_ROLES)
    ? `${env.SERVER_URL}/admin/reset/${encodeURIComponent(token)}`
    : accountLink(site, '/mot-de-passe/nouveau', token)

/** The reset e-mail's HTML, its link on `site` (for donors and teachers). */
export const resetHtml = (site: Site, token: string, user: Named | undefined) =>
  message(
    user,
    [
      'Vous avez demandé à changer votre mot de passe. Choisissez-en un nouveau en ouvrant ce lien, valable une heure :',
    ],
    resetLink(site, user, token),
    'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
  )

export const forgotPassword = {
  // One hour: long enough to read the e-mail, short enough to limit a leaked link.
  expiration: 60 * 60 * 1000,
  generateEmailSubject: () => 'Réinitialisation de votre mot de passe',
  /** Payload's (the admin's own form); the `requestPasswordReset` job uses `resetHtml`. */
  generateEmailHTML: async (args?: { req?: PayloadRequest; token?: string; user?: Named }) => {
    if (!args?.req) throw new Error('The reset e-mail needs the request (its site is read from the database).')
    return resetHtml(await accountSite(args.req.payload), args.token ?? '', args.user)
  },
}
