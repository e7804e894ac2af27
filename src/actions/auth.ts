'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { localPath } from '@/domain/sites/local-path'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { clientAddress, rateLimitFormErrors } from '@/services/rate-limit'
import type { FormState } from './form-state'
import { formText } from '@/ui/forms/form-values'

import { requestPasswordReset, resetPassword, signUpDonor, signUpTeacher } from '@/services/auth/accounts'
import { signIn, signOut, trustThisBrowser } from '@/services/auth/session'

const text = formText

async function signUpWith(signUp: typeof signUpTeacher, form: FormData): Promise<FormState> {
  const input = {
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    email: text(form, 'email'),
    password: text(form, 'password'),
    passwordConfirm: text(form, 'passwordConfirm'),
  }
  const values = { firstName: input.firstName, lastName: input.lastName, email: input.email }
  let result: Awaited<ReturnType<typeof signUp>>
  try {
    result = await signUp(await getPayloadOrUnavailable(), input, clientAddress(await headers()))
  } catch (error) {
    const limited = rateLimitFormErrors(error)
    if (limited) return { errors: limited, values }
    throw error
  }
  if (!result.ok) return { errors: result.errors, values }
  return {
    done: true,
    message: `Presque fini : un lien de confirmation va être envoyé à ${input.email.trim()}. Il arrive d’habitude en quelques minutes, parfois plus tard ; ouvrez-le pour activer votre compte. Pensez à regarder dans vos courriers indésirables.`,
  }
}

export async function signUpAction(_: FormState, form: FormData): Promise<FormState> {
  return signUpWith(signUpTeacher, form)
}

export async function signUpDonorAction(_: FormState, form: FormData): Promise<FormState> {
  return signUpWith(signUpDonor, form)
}

export async function signInAction(_: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email')
  const password = text(form, 'password')
  // Payload refuses an empty field with a validation error of its own (in English): answered here.
  const missing = {
    ...(email.trim() ? {} : { email: 'Indiquez l’adresse e-mail de votre compte.' }),
    ...(password ? {} : { password: 'Indiquez votre mot de passe.' }),
  }
  if (Object.keys(missing).length) return { errors: missing, values: { email } }
  const result = await signIn(email, password)
  if (!result.ok) return { errors: { email: result.message }, values: { email } }
  redirect(localPath(text(form, 'suite')) ?? '/mon-espace')
}

export async function signOutAction(): Promise<void> {
  await signOut()
  redirect('/connexion?etat=deconnecte')
}

export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email')
  if (!email.includes('@'))
    return { errors: { email: 'Indiquez l’adresse e-mail de votre compte.' }, values: { email } }
  try {
    await requestPasswordReset(await getPayloadOrUnavailable(), email, clientAddress(await headers()))
  } catch (error) {
    const limited = rateLimitFormErrors(error, 'email')
    if (limited) return { errors: limited, values: { email } }
    throw error
  }
  return {
    done: true,
    message: `Si un compte existe pour ${email.trim()}, un lien pour choisir un nouveau mot de passe va y être envoyé. Il arrive d’habitude en quelques minutes (pensez à regarder dans vos courriers indésirables) et reste valable une heure : s’il arrive plus tard, refaites une demande.`,
  }
}

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await resetPassword(await getPayloadOrUnavailable(), {
    token: text(form, 'jeton'),
    password: text(form, 'password'),
    passwordConfirm: text(form, 'passwordConfirm'),
  })
  if (!result.ok) return { errors: result.errors }
  // The link proved the mailbox: this browser signs in without any delay an attacker caused.
  await trustThisBrowser(result.email)
  redirect('/connexion?etat=mot-de-passe-change')
}
