import type React from 'react'

import { SITE_KINDS, siteOfKindOr404 } from '@/sites/registry'

type Props = { children: React.ReactNode; params: Promise<{ site: string }> }

/** The TNE site's own pages (agenda and its map, territories, parents' questionnaires): "Page introuvable" on any other site's host. */
export default async function TnePagesLayout({ children, params }: Props) {
  await siteOfKindOr404(params, SITE_KINDS.parentalite)
  return children
}
