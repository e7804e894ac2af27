import type { Metadata } from 'next'

import { env } from '@/env'
import { SignUpForm } from '@/ui/forms/AccountForms'

export const metadata: Metadata = { title: 'Créer un compte enseignant', robots: { index: false } }

export default async function SignUpPage() {
  return (
    <>
      <h1>Créer un compte enseignant</h1>
      <p>
        Pour proposer un projet de classe, créez un compte avec votre adresse e-mail académique. Vous recevrez un lien
        pour la confirmer.
      </p>
      <p>
        Vous souhaitez plutôt donner à des projets et suivre leurs actualités ?{' '}
        <a href="/inscription/donateur">Créer un compte donateur</a>, avec n’importe quelle adresse e-mail.
      </p>
      <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <SignUpForm domains={env.TEACHER_EMAIL_DOMAINS} />
      <p>
        Déjà inscrit ? <a href="/connexion">Se connecter</a>
      </p>
    </>
  )
}
