import type { Metadata } from 'next'

import { DonorSignUpForm } from '@/ui/forms/AccountForms'

export const metadata: Metadata = { title: 'Créer un compte donateur', robots: { index: false } }

export default async function DonorSignUpPage() {
  return (
    <>
      <h1>Créer un compte donateur</h1>
      <p>
        Avec un compte, vous retrouvez vos dons et ce que deviendrait chacun si sa collecte échouait, vous suivez des
        projets et recevez leurs actualités. Toute adresse e-mail convient ; vous recevrez un lien pour la confirmer. Un
        compte n’est pas nécessaire pour donner.
      </p>
      <p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <DonorSignUpForm />
      <p>
        Déjà inscrit ? <a href="/connexion">Se connecter</a> · Vous êtes enseignant et voulez proposer un projet ?{' '}
        <a href="/inscription">Créer un compte enseignant</a>
      </p>
    </>
  )
}
