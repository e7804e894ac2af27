import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { typeset } from '@/domain/text/typography'
import { getPublishedPage, getSiteByHost } from '@/sites/registry'
import { Prose } from '@/ui/content/Prose'
import { LegalNoticeView } from '@/ui/legal/LegalNoticeView'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Mentions légales', alternates: { canonical: '/mentions-legales' } }

type Props = { params: Promise<{ site: string }> }

/** /mentions-legales: publisher, publication director and host from the site settings, then the page's text (personal data). */
export default async function LegalNoticePage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const page = await getPublishedPage(site.id, 'mentions-legales')
  return (
    <article className="page">
      <h1>Mentions légales</h1>
      {page?.intro ? <p className="page__intro">{typeset(page.intro)}</p> : null}
      <LegalNoticeView notice={site.settings?.legalNotice} siteName={site.name} />
      {page?.content ? <Prose data={page.content} /> : null}
    </article>
  )
}
