import type { Metadata } from 'next'
import Link from 'next/link'

// The tab's title says it (RGAA 8.6), with the site's name after it (the layout's template).
export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

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
