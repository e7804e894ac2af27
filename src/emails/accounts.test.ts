import { describe, expect, it } from 'vitest'

import {
  RESET_PASSWORD_SUBJECT,
  VERIFY_EMAIL_SUBJECT,
  existingAccountMail,
  passwordResetMail,
  verificationMail,
} from './accounts'

const link = 'https://projets.test/verifier-email?jeton=a1&b=2'

describe('verificationMail', () => {
  it('greets by first name and links the verification page, in HTML and in text', () => {
    const mail = verificationMail({ firstName: 'Inès' }, link)
    expect(mail.subject).toBe(VERIFY_EMAIL_SUBJECT)
    expect(mail.subject).toBe('Confirmez votre adresse e-mail')
    expect(mail.html).toBe(
      [
        '<p>Bonjour Inès,</p>',
        '<p>Pour activer votre compte sur le portail, confirmez votre adresse en ouvrant ce lien :</p>',
        '<p><a href="https://projets.test/verifier-email?jeton=a1&amp;b=2">https://projets.test/verifier-email?jeton=a1&amp;b=2</a></p>',
        '<p>Si vous n’avez pas créé de compte, ignorez ce message.</p>',
      ].join('\n'),
    )
    expect(mail.text).toBe(
      'Bonjour Inès,\n\nPour activer votre compte sur le portail, confirmez votre adresse en ouvrant ce lien :\n\n' +
        `${link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.`,
    )
  })

  it.each([undefined, {}, { firstName: null }, { firstName: '' }])(
    'says only "Bonjour," without a first name (%o)',
    (user) => {
      expect(verificationMail(user, link).html).toMatch(/^<p>Bonjour,<\/p>/)
    },
  )

  it('escapes a first name that holds HTML', () => {
    expect(verificationMail({ firstName: '<b>Jo</b> & "Al"' }, link).html).toMatch(
      /^<p>Bonjour &lt;b&gt;Jo&lt;\/b&gt; &amp; &quot;Al&quot;,<\/p>/,
    )
  })
})

describe('passwordResetMail', () => {
  it('links the reset page, valid one hour', () => {
    const mail = passwordResetMail(undefined, 'https://projets.test/mot-de-passe/nouveau?jeton=x')
    expect(mail.subject).toBe(RESET_PASSWORD_SUBJECT)
    expect(mail.subject).toBe('Réinitialisation de votre mot de passe')
    expect(mail.text).toBe(
      'Bonjour,\n\nVous avez demandé à changer votre mot de passe. Choisissez-en un nouveau en ouvrant ce lien, valable une heure :\n\n' +
        'https://projets.test/mot-de-passe/nouveau?jeton=x\n\n' +
        'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
    )
  })
})

describe('existingAccountMail', () => {
  it('points at the forgotten-password page', () => {
    const mail = existingAccountMail('https://projets.test/mot-de-passe-oublie')
    expect(mail.subject).toBe('Vous avez déjà un compte')
    expect(mail.text).toBe(
      'Bonjour,\n\nQuelqu’un (sans doute vous) a voulu créer un compte avec cette adresse, qui en a déjà un. ' +
        'Connectez-vous, ou choisissez un nouveau mot de passe : https://projets.test/mot-de-passe-oublie',
    )
  })
})
