import { notFound } from 'next/navigation'

import { getSiteByHost, type Site } from './registry'

/** The site of a request if it is the TNE site (agenda, territories, questionnaires live there only). */
export async function tneSite(params: Promise<{ site: string }>): Promise<Site> {
  const site = await getSiteByHost((await params).site)
  if (!site || site.slug !== 'parentalite') notFound()
  return site
}
