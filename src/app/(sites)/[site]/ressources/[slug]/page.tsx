import type { Metadata } from 'next'

import { type ContentPageParams, contentPageDocument, contentPageMetadata } from '@/sites/content-page'
import { KitView } from '@/ui/content/KitView'

// ISR: re-rendered when the kit is published, changed or unpublished.
export const revalidate = 60
export async function generateStaticParams(): Promise<{ site: string; slug: string }[]> {
  return []
}

type Props = { params: ContentPageParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentPageMetadata('workshop-kits', params, (kit) => ({
    title: kit.title,
    description: kit.summary,
    meta: kit.meta,
    image: kit.cover,
  }))
}

/** A workshop kit of this site only: another site’s kit is not found here. */
export default async function KitPage({ params }: Props) {
  return <KitView kit={await contentPageDocument('workshop-kits', params)} />
}
