import type { Metadata } from 'next'

import { verifyAccount } from '@/services/auth/accounts'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { SITE_KINDS, siteOfKindOr404 } from '@/sites/registry'

export const metadata: Metadata = { title: 'Confirmation de votre adresse', robots: { index: false } }

type Props = { params: Promise<{ site: string }>; searchParams: Promise<{ jeton?: string }> }

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  // Checked here too: this page acts on a GET (it verifies the account), and a layout renders alongside its page, not before it.
  await siteOfKindOr404(params, SITE_KINDS.projets)
  const { jeton } = await searchParams
  const verified = jeton ? await verifyAccount(await getPayloadOrUnavailable(), jeton) : false
  if (verified) {
    return (
      <>
        <h1>Votre adresse est confirmée</h1>
        <p>Votre compte est actif.</p>
        <p>
          <a href="/connexion?etat=verifie">Se connecter</a>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Ce lien n’est pas valable</h1>
      <p>Il a peut-être déjà servi (votre compte est alors actif) ou il a été copié incomplètement.</p>
      <p>
        <a href="/connexion">Se connecter</a> · <a href="/inscription">Créer un compte</a>
      </p>
    </>
  )
}
