import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { typeset } from '@/domain/text/typography'
import { getPublishedPage, getSiteByHost, siteUrl } from '@/sites/registry'
import { Prose } from '@/ui/content/Prose'
import { AccessibilityDeclarationView } from '@/ui/legal/AccessibilityDeclarationView'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Déclaration d’accessibilité', alternates: { canonical: '/accessibilite' } }

type Props = { params: Promise<{ site: string }> }

/**
 * /accessibilite: the declaration from the site settings' structured fields (required sections,
 * status derived from the rate); the page of the same slug adds its lead and any further text.
 */
export default async function AccessibilityPage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const page = await getPublishedPage(site.id, 'accessibilite')
  return (
    <article className="page">
      <h1>Déclaration d’accessibilité</h1>
      {page?.intro ? <p className="page__intro">{typeset(page.intro)}</p> : null}
      <AccessibilityDeclarationView
        siteName={site.name}
        siteUrl={siteUrl(site, '')}
        declaration={site.settings?.accessibility}
      />
      {page?.content ? <Prose data={page.content} /> : null}
    </article>
  )
}
