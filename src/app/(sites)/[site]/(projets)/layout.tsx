import type React from 'react'

import { SITE_KINDS, siteOfKindOr404 } from '@/sites/registry'

type Props = { children: React.ReactNode; params: Promise<{ site: string }> }

/**
 * The crowdfunding site's own pages (catalogue, projects and giving, teachers' and donors' space,
 * sponsors, the activity report): "Page introuvable" on any other site's host. Route handlers are
 * outside layouts and check the site themselves (mon-espace/recus, chiffres-cles/rapport/…/pdf).
 */
export default async function CrowdfundingPagesLayout({ children, params }: Props) {
  await siteOfKindOr404(params, SITE_KINDS.projets)
  return children
}
