import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p>La page que vous cherchez n’existe pas ou a été déplacée.</p>
      <p>
        <Link href="/">Retour à l’accueil</Link> · <Link href="/plan-du-site">Plan du site</Link>
      </p>
    </>
  )
}
