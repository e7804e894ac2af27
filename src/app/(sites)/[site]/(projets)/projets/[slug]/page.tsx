import type { Metadata } from 'next'

import { ProjectView, projectMetadata } from './project-view'

// Incremental static regeneration: each page is rendered on its first visit, then served from
// Next's cache and re-rendered at most every 60 s, or at once after a change (project and news
// hooks, src/services/cache). Everything here must be public: no cookies() or headers().
export const revalidate = 60
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [] // none at build time: rendered on demand
}

type Props = { params: Promise<{ site: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, slug } = await params
  return projectMetadata(site, slug)
}

/** A public project (its campaign is or was open), as an anonymous visitor may see it. */
export default async function ProjectPage({ params }: Props) {
  const { site, slug } = await params
  return <ProjectView site={site} slug={slug} />
}
