import type { Metadata } from 'next'

import { ResetPasswordForm } from '@/ui/forms/AccountForms'

export const metadata: Metadata = { title: 'Nouveau mot de passe', robots: { index: false } }

type Props = { searchParams: Promise<{ jeton?: string }> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { jeton } = await searchParams
  return (
    <>
      <h1>Choisir un nouveau mot de passe</h1>
      {jeton ? (
        <ResetPasswordForm token={jeton} />
      ) : (
        <p>
          Ce lien est incomplet. <a href="/mot-de-passe-oublie">Demander un nouveau lien</a>
        </p>
      )}
    </>
  )
}
