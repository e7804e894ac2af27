import { APIError, type Payload, type PayloadRequest } from 'payload'

import { checkPassword } from '@/domain/auth/password-policy'
import { checkDonorSignup, checkTeacherSignup, type FieldErrors, type SignupInput } from '@/domain/auth/signup'
import { existingAccountMail, passwordResetMail, verificationMail } from '@/emails/accounts'
import type { Mail } from '@/emails/mail'
import { env } from '@/env'
import { validationErrors } from '@/services/api-errors'
import { accountSite, resetLink, verificationLink } from '@/services/auth/account-emails'
import { siteUrl } from '@/services/sites/registry'
import { inLocalTransaction } from '@/services/db/local-transaction'
import { queueEmail } from '@/services/email/adapter'
import { consumeOrThrow } from '@/services/rate-limit'

import { hashLikeARealAccount } from './sign-in-throttle'

export type FormResult<F extends string = string> = { ok: true } | { ok: false; errors: Partial<Record<F, string>> }

async function queueMail(payload: Payload, to: string, mail: Mail, req?: PayloadRequest) {
  await queueEmail(payload, { to, ...mail }, req)
}

/**
 * Someone signs up on the crowdfunding site; the account can sign in once the address is verified.
 * The answer is the same, in about the same time, whether the address already has an account (it
 * then gets an e-mail saying so, after a hash as costly as the new account's), so the form does
 * not reveal who is registered. Limited per client address (every submission) and per address
 * (valid ones: each sends an e-mail); a refusal throws a RateLimitedError. E-mails are queued
 * (sent by the jobs queue), so an SMTP outage delays them instead of failing the sign-up.
 */
async function signUp(
  payload: Payload,
  role: 'teacher' | 'donor',
  input: SignupInput,
  errors: FieldErrors,
): Promise<FormResult<keyof FieldErrors>> {
  if (Object.keys(errors).length) return { ok: false, errors }
  const email = input.email.trim().toLowerCase()
  await consumeOrThrow('signup.account', email)
  // Read before any transaction (the list of sites is cached; a miss would take a second connection).
  const site = await accountSite(payload)
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  if (existing.docs[0]) {
    await hashLikeARealAccount(input.password)
    await queueMail(payload, email, existingAccountMail(siteUrl(site, '/mot-de-passe-oublie')))
    return { ok: true }
  }
  // The account and its verification e-mail are committed together.
  await inLocalTransaction(payload, async (req) => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email,
        password: input.password,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        roles: [role],
      },
      // Queued below with the link to the public site, in this transaction.
      disableVerificationEmail: true,
      showHiddenFields: true,
      depth: 0,
      req,
    })
    const token = (user as { _verificationToken?: string })._verificationToken
    if (!token) throw new APIError('Verification token missing after sign-up', 500)
    await queueMail(payload, email, verificationMail(user, verificationLink(site, token)), req)
  })
  return { ok: true }
}

/** A teacher signs up with an academic address (`TEACHER_EMAIL_DOMAINS`), from `client` (its address, null if unknown). */
export async function signUpTeacher(
  payload: Payload,
  input: SignupInput,
  client: string | null,
): Promise<FormResult<keyof FieldErrors>> {
  await consumeOrThrow('signup.client', client)
  return signUp(payload, 'teacher', input, await checkTeacherSignup(input, env.TEACHER_EMAIL_DOMAINS))
}

/** A donor signs up with any address; gifts already made with it then appear in their space. */
export async function signUpDonor(
  payload: Payload,
  input: SignupInput,
  client: string | null,
): Promise<FormResult<keyof FieldErrors>> {
  await consumeOrThrow('signup.client', client)
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

/**
 * A forgotten password, from the site's form or `POST /api/users/forgot-password`: limited per
 * client address and per address (a RateLimitedError beyond), then only queued (the
 * `requestPasswordReset` job creates the token and e-mails the link if the address has an
 * account), so the answer is the same, in the same time, for any address.
 */
export async function requestPasswordReset(payload: Payload, email: string, client: string | null): Promise<void> {
  const address = email.trim().toLowerCase()
  await consumeOrThrow('password-reset.client', client)
  if (!address.includes('@')) return
  await consumeOrThrow('password-reset.account', address)
  await payload.jobs.queue({ task: 'requestPasswordReset', input: { email: address } })
}

/**
 * The `requestPasswordReset` job's work: if the address has an account, a reset token (Payload's)
 * and its e-mail, queued once the token is committed. One connection at a time: Payload's own
 * e-mail would be queued on a second connection while its transaction holds the first, and a
 * burst of requests run by the worker at once could then wait on each other for ever.
 */
export async function sendPasswordResetLink(payload: Payload, email: string): Promise<void> {
  const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
  if (!token) return
  const user = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
  ).docs[0]
  if (!user) return
  await queueMail(payload, user.email, passwordResetMail(user, resetLink(await accountSite(payload), user, token)))
}

/**
 * Sets a new password from a reset link; on success, the account's address (its sign-in delay is
 * lifted by the Users hooks, and the caller trusts this browser for it).
 */
export async function resetPassword(
  payload: Payload,
  input: { token: string; password: string; passwordConfirm: string },
): Promise<
  { ok: true; email: string } | { ok: false; errors: Partial<Record<'password' | 'passwordConfirm' | 'token', string>> }
> {
  const problem = await checkPassword(input.password)
  if (problem) return { ok: false, errors: { password: problem } }
  if (input.password !== input.passwordConfirm)
    return { ok: false, errors: { passwordConfirm: 'Les deux mots de passe ne sont pas identiques.' } }
  try {
    const { user } = await payload.resetPassword({
      collection: 'users',
      data: { token: input.token, password: input.password },
      overrideAccess: true,
    })
    return { ok: true, email: String(user.email) }
  } catch (error) {
    const fields = validationErrors(error)
    if (fields) return { ok: false, errors: { password: fields[0]?.message ?? 'Mot de passe refusé.' } }
    return {
      ok: false,
      errors: {
        token: 'Ce lien n’est plus valable (il sert une fois et expire au bout d’une heure). Demandez-en un nouveau.',
      },
    }
  }
}
