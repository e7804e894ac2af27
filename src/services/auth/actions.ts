'use server'

import { redirect } from 'next/navigation'

import { localPath } from '@/domain/sites/local-path'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import type { FormState } from '@/ui/forms/Field'
import { formText } from '@/ui/forms/form-values'

import { requestPasswordReset, resetPassword, signUpDonor, signUpTeacher } from './accounts'
import { signIn, signOut } from './session'

const text = formText

async function signUpWith(signUp: typeof signUpTeacher, form: FormData): Promise<FormState> {
  const input = { firstName: text(form, 'firstName'), lastName: text(form, 'lastName'), email: text(form, 'email'), password: text(form, 'password'), passwordConfirm: text(form, 'passwordConfirm') }
  const result = await signUp(await getPayloadOrUnavailable(), input)
  if (!result.ok) return { errors: result.errors, values: { firstName: input.firstName, lastName: input.lastName, email: input.email } }
  return { done: true, message: `Presque fini : un lien de confirmation va être envoyé à ${input.email.trim()}. Il arrive d’habitude en quelques minutes, parfois plus tard ; ouvrez-le pour activer votre compte. Pensez à regarder dans vos courriers indésirables.` }
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
  const missing = { ...(email.trim() ? {} : { email: 'Indiquez l’adresse e-mail de votre compte.' }), ...(password ? {} : { password: 'Indiquez votre mot de passe.' }) }
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
  if (!email.includes('@')) return { errors: { email: 'Indiquez l’adresse e-mail de votre compte.' }, values: { email } }
  await requestPasswordReset(await getPayloadOrUnavailable(), email)
  return { done: true, message: `Si un compte existe pour ${email.trim()}, un lien pour choisir un nouveau mot de passe va y être envoyé. Il arrive d’habitude en quelques minutes (pensez à regarder dans vos courriers indésirables) et reste valable une heure : s’il arrive plus tard, refaites une demande.` }
}

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await resetPassword(await getPayloadOrUnavailable(), { token: text(form, 'jeton'), password: text(form, 'password'), passwordConfirm: text(form, 'passwordConfirm') })
  if (!result.ok) return { errors: result.errors }
  redirect('/connexion?etat=mot-de-passe-change')
}
