import type { Payload, PayloadRequest } from 'payload'

import { STAFF_ROLES, hasRole } from '@/domain/access/roles'
import { SITE_KINDS } from '@/domain/sites/kinds'
import { RESET_PASSWORD_SUBJECT, VERIFY_EMAIL_SUBJECT, passwordResetMail, verificationMail } from '@/emails/accounts'
import { env } from '@/env'
import { type Site, siteOfKind, siteUrl } from '@/services/sites/registry'

/**
 * The links of the account e-mails, and Payload's auth e-mail settings (the Users collection's
 * `verify` and `forgotPassword`). Their wording is in src/emails/accounts.ts.
 */

type Named = { firstName?: string | null; roles?: string[] | null }

/** The crowdfunding site, where teachers and donors have their space: the account e-mails' links lead there. */
export const accountSite = (payload: Payload): Promise<Site> => siteOfKind(payload, SITE_KINDS.projets)
const accountLink = (site: Site, path: string, token: string) =>
  `${siteUrl(site, path)}?jeton=${encodeURIComponent(token)}`

/** The verification link on `site` (the sites' sign-up resolves the site before its transaction). */
export const verificationLink = (site: Site, token: string) => accountLink(site, '/verifier-email', token)

export const verifyEmail = {
  generateEmailSubject: () => VERIFY_EMAIL_SUBJECT,
  /** Payload's (an account created in the admin); the sites' sign-up queues `verificationMail` itself. */
  generateEmailHTML: async ({ req, token, user }: { req: PayloadRequest; token: string; user: Named }) =>
    verificationMail(user, verificationLink(await accountSite(req.payload), token)).html,
}

/**
 * Where a reset link leads: the crowdfunding site's page for donors and teachers; the admin's own
 * page for staff, which signs them in there and trusts that browser, so that an attacker failing
 * on their account never keeps them out of the admin.
 */
export const resetLink = (site: Site, user: Named | undefined, token: string) =>
  hasRole(user, ...STAFF_ROLES)
    ? `${env.SERVER_URL}/admin/reset/${encodeURIComponent(token)}`
    : accountLink(site, '/mot-de-passe/nouveau', token)

export const forgotPassword = {
  // One hour: long enough to read the e-mail, short enough to limit a leaked link.
  expiration: 60 * 60 * 1000,
  generateEmailSubject: () => RESET_PASSWORD_SUBJECT,
  /** Payload's (the admin's own form); the `requestPasswordReset` job queues `passwordResetMail` itself. */
  generateEmailHTML: async (args?: { req?: PayloadRequest; token?: string; user?: Named }) => {
    if (!args?.req) throw new Error('The reset e-mail needs the request (its site is read from the database).')
    const link = resetLink(await accountSite(args.req.payload), args.user, args.token ?? '')
    return passwordResetMail(args.user, link).html
  },
}
