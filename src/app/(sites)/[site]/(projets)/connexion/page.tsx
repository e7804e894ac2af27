import type { Metadata } from 'next'

import { localPath } from '@/domain/sites/local-path'
import { SignInForm } from '@/ui/forms/AccountForms'

export const metadata: Metadata = { title: 'Se connecter', robots: { index: false } }

type Props = { searchParams: Promise<{ suite?: string; etat?: string }> }

const NOTICES: Record<string, string> = {
  verifie: 'Votre adresse est confirmée : vous pouvez vous connecter.',
  'mot-de-passe-change': 'Votre mot de passe est changé : connectez-vous avec le nouveau.',
  deconnecte: 'Vous êtes déconnecté.',
}

export default async function SignInPage({ searchParams }: Props) {
  const { suite, etat } = await searchParams
  const notice = etat ? NOTICES[etat] : undefined
  return (
    <>
      <h1>Se connecter</h1>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <SignInForm next={localPath(suite) ?? undefined} />
      <p>
        Pas encore de compte ? <a href="/inscription/donateur">Créer un compte donateur</a> ·{' '}
        <a href="/inscription">Créer un compte enseignant</a>
      </p>
    </>
  )
}
