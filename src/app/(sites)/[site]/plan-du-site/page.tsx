import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { HOME_SLUG } from '@/domain/sites/pages'
import { getSiteByHost, listPublishedPages } from '@/sites/registry'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string }> }

export const metadata: Metadata = { title: 'Plan du site' }

export default async function SitemapPage({ params }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const pages = await listPublishedPages(site.id)
  const navigation = [...(site.settings?.headerNav ?? []), ...(site.settings?.footerNav ?? [])]
  const seen = new Set<string>(['/'])
  const entries = [
    ...navigation.map((link) => ({ url: link.url, label: link.label })),
    ...pages.filter((page) => page.slug !== HOME_SLUG).map((page) => ({ url: `/${page.slug}`, label: page.title })),
  ].filter((entry) => entry.url.startsWith('/') && !seen.has(entry.url) && seen.add(entry.url))
  return (
    <>
      <h1>Plan du site</h1>
      <ul>
        <li>
          <Link href="/">Accueil</Link>
        </li>
        {entries.map((entry) => (
          <li key={entry.url}>
            <Link href={entry.url}>{entry.label}</Link>
          </li>
        ))}
      </ul>
    </>
  )
}
