import { htmlToText } from '@/domain/email/html-to-text'
import { escapeHtml } from '@/domain/text/html'

import type { Mail } from './mail'

/**
 * The e-mails of any account (donor, teacher, staff): address verification, password reset, and the
 * answer to a sign-up with an address that already has an account. Sent as HTML, with the same
 * message in plain text. Pure: the links come in built (`src/services/auth/account-emails.ts`).
 */

export const VERIFY_EMAIL_SUBJECT = 'Confirmez votre adresse e-mail'
export const RESET_PASSWORD_SUBJECT = 'Réinitialisation de votre mot de passe'

type Named = { firstName?: string | null } | undefined

type HtmlMail = Mail & { html: string }

const htmlMail = (subject: string, html: string): HtmlMail => ({ subject, text: htmlToText(html), html })

/** Greeting, paragraphs, the link (shown as its address), and a closing line. */
function linkMessage(user: Named, paragraphs: string[], link: string, after: string): string {
  const hello = user?.firstName ? `Bonjour ${escapeHtml(user.firstName)},` : 'Bonjour,'
  return [
    `<p>${hello}</p>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p>${after}</p>`,
  ].join('\n')
}

/** The link that verifies a new account's address. */
export function verificationMail(user: Named, link: string): HtmlMail {
  return htmlMail(
    VERIFY_EMAIL_SUBJECT,
    linkMessage(
      user,
      ['Pour activer votre compte sur le portail, confirmez votre adresse en ouvrant ce lien :'],
      link,
      'Si vous n’avez pas créé de compte, ignorez ce message.',
    ),
  )
}

/** The link to choose a new password (valid one hour). */
export function passwordResetMail(user: Named, link: string): HtmlMail {
  return htmlMail(
    RESET_PASSWORD_SUBJECT,
    linkMessage(
      user,
      [
        'Vous avez demandé à changer votre mot de passe. Choisissez-en un nouveau en ouvrant ce lien, valable une heure :',
      ],
      link,
      'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
    ),
  )
}

/** Someone signed up with an address that has an account: sign in, or reset the password at `forgotPasswordUrl`. */
export function existingAccountMail(forgotPasswordUrl: string): HtmlMail {
  return htmlMail(
    'Vous avez déjà un compte',
    '<p>Bonjour,</p><p>Quelqu’un (sans doute vous) a voulu créer un compte avec cette adresse, qui en a déjà un. ' +
      `Connectez-vous, ou choisissez un nouveau mot de passe : ${forgotPasswordUrl}</p>`,
  )
}
