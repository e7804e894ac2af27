import { APIError, type Payload, type PayloadRequest } from 'payload'

import { siteLink, verifyEmail } from '@/collections/Users/emails'
import { checkPassword } from '@/domain/auth/password-policy'
import { checkDonorSignup, checkTeacherSignup, type FieldErrors, type SignupInput } from '@/domain/auth/signup'
import { htmlToText } from '@/domain/email/html-to-text'
import { env } from '@/env'
import { validationErrors } from '@/services/api-errors'
import { inLocalTransaction } from '@/services/db/local-transaction'
import { queueEmail } from '@/services/email/adapter'

export type FormResult<F extends string = string> = { ok: true } | { ok: false; errors: Partial<Record<F, string>> }

async function queueHtmlEmail(payload: Payload, to: string, subject: string, html: string, req?: PayloadRequest) {
  await queueEmail(payload, { to, subject, text: htmlToText(html), html }, req)
}

/**
 * Someone signs up on the crowdfunding site; the account can sign in once the address is verified.
 * The answer is the same whether the address already has an account (it then gets an e-mail saying
 * so), so the form does not reveal who is registered. E-mails are queued (sent by the jobs queue),
 * so an SMTP outage delays them instead of failing the sign-up.
 */
async function signUp(payload: Payload, role: 'teacher' | 'donor', input: SignupInput, errors: FieldErrors): Promise<FormResult<keyof FieldErrors>> {
  if (Object.keys(errors).length) return { ok: false, errors }
  const email = input.email.trim().toLowerCase()
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, pagination: false })
  if (existing.docs[0]) {
    await queueHtmlEmail(
      payload,
      email,
      'Vous avez déjà un compte',
      '<p>Bonjour,</p><p>Quelqu’un (sans doute vous) a voulu créer un compte avec cette adresse, qui en a déjà un. ' +
        `Connectez-vous, ou choisissez un nouveau mot de passe : ${siteLink('/mot-de-passe-oublie')}</p>`,
    )
    return { ok: true }
  }
  // The account and its verification e-mail are committed together.
  await inLocalTransaction(payload, async (req) => {
    const user = await payload.create({
      collection: 'users',
      data: { email, password: input.password, firstName: input.firstName.trim(), lastName: input.lastName.trim(), roles: [role] },
      // Queued below with the link to the public site, in this transaction.
      disableVerificationEmail: true,
      showHiddenFields: true,
      depth: 0,
      req,
    })
    const token = (user as { _verificationToken?: string })._verificationToken
    if (!token) throw new APIError('Verification token missing after sign-up', 500)
    await queueHtmlEmail(payload, email, verifyEmail.generateEmailSubject(), verifyEmail.generateEmailHTML({ token, user }), req)
  })
  return { ok: true }
}

/** A teacher signs up with an academic address (`TEACHER_EMAIL_DOMAINS`). */
export async function signUpTeacher(payload: Payload, input: SignupInput): Promise<FormResult<keyof FieldErrors>> {
  return signUp(payload, 'teacher', input, await checkTeacherSignup(input, env.TEACHER_EMAIL_DOMAINS))
}

/** A donor signs up with any address; gifts already made with it then appear in their space. */
export async function signUpDonor(payload: Payload, input: SignupInput): Promise<FormResult<keyof FieldErrors>> {
  return signUp(payload, 'donor', input, await checkDonorSignup(input))
}

/** Verifies an account from the e-mailed link; false when the token is unknown or already used. */
export async function verifyAccount(payload: Payload, token: string): Promise<boolean> {
  if (!/^[0-9a-f]{40}$/.test(token)) return false
  try {
    return Boolean(await payload.verifyEmail({ collection: 'users', token }))
  } catch {
    return false
  }
}

/** Sends a reset link if the address has an account; says nothing either way. */
export async function requestPasswordReset(payload: Payload, email: string): Promise<void> {
  const address = email.trim().toLowerCase()
  if (!address.includes('@')) return
  // Payload creates the token and e-mails the link (subject and text in Users/emails.ts); its
  // e-mail only queues a job (services/email/adapter.ts), so an SMTP outage cannot fail this.
  // Whatever else fails is logged, and the answer stays the same: it must not reveal an account.
  await payload.forgotPassword({ collection: 'users', data: { email: address }, disableEmail: false }).catch((error: unknown) => {
    payload.logger.error({ err: error }, 'password reset not recorded')
  })
}

/** Sets a new password from a reset link. */
export async function resetPassword(payload: Payload, input: { token: string; password: string; passwordConfirm: string }): Promise<FormResult<'password' | 'passwordConfirm' | 'token'>> {
  const problem = await checkPassword(input.password)
  if (problem) return { ok: false, errors: { password: problem } }
  if (input.password !== input.passwordConfirm) return { ok: false, errors: { passwordConfirm: 'Les deux mots de passe ne sont pas identiques.' } }
  try {
    await payload.resetPassword({ collection: 'users', data: { token: input.token, password: input.password }, overrideAccess: true })
    return { ok: true }
  } catch (error) {
    const fields = validationErrors(error)
    if (fields) return { ok: false, errors: { password: fields[0]?.message ?? 'Mot de passe refusé.' } }
    return { ok: false, errors: { token: 'Ce lien n’est plus valable (il sert une fois et expire au bout d’une heure). Demandez-en un nouveau.' } }
  }
}
