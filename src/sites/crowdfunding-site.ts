import { notFound } from 'next/navigation'

import { getSiteByHost, type Site } from './registry'

/** The site of a request if it is the crowdfunding site (teachers' and donors' pages live there only). */
export async function crowdfundingSite(params: Promise<{ site: string }>): Promise<Site> {
  const site = await getSiteByHost((await params).site)
  if (!site || site.slug !== 'projets') notFound()
  return site
}
