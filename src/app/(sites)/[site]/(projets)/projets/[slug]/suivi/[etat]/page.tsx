import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isFollowNotice } from '@/domain/projects/follow-notice'

import { ProjectView, projectMetadata } from '../../project-view'

// The project page with the message shown after following or unfollowing it: `/projets/<slug>?suivi=oui`
// is rewritten here (src/proxy.ts). Cached like the project page, and like it public: the message
// says what the visitor just did, not who they are.
export const revalidate = 60
export async function generateStaticParams(): Promise<{ slug: string; etat: string }[]> {
  return []
}

type Props = { params: Promise<{ site: string; slug: string; etat: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, slug, etat } = await params
  return projectMetadata(site, slug, isFollowNotice(etat) ? etat : undefined)
}

export default async function ProjectWithFollowNoticePage({ params }: Props) {
  const { site, slug, etat } = await params
  if (!isFollowNotice(etat)) notFound()
  return <ProjectView site={site} slug={slug} notice={etat} />
}
