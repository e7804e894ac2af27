import type { Metadata } from 'next'

import { ForgotPasswordForm } from '@/ui/forms/AccountForms'

export const metadata: Metadata = { title: 'Mot de passe oublié', robots: { index: false } }

export default async function ForgotPasswordPage() {
  return (
    <>
      <h1>Mot de passe oublié</h1>
      <p>Indiquez l’adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</p>
      <ForgotPasswordForm />
    </>
  )
}
