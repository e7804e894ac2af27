import type { Metadata } from 'next'

import { crowdfundingSite } from '@/sites/crowdfunding-site'
import { ResetPasswordForm } from '@/ui/forms/AccountForms'

export const metadata: Metadata = { title: 'Nouveau mot de passe', robots: { index: false } }

type Props = { params: Promise<{ site: string }>; searchParams: Promise<{ jeton?: string }> }

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  await crowdfundingSite(params)
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
