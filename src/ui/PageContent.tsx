import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Page } from '@/payload-types'
import { Blocks } from '@/ui/content/Blocks'

/** A page: title, lead, rich text, then its blocks. */
export function PageContent({ page, site }: { page: Page; site: { id: number; slug: string } }) {
  return (
    <article className="page">
      <h1>{page.title}</h1>
      {page.intro ? <p className="page__intro">{page.intro}</p> : null}
      {page.content ? <RichText className="prose" data={page.content} /> : null}
      <Blocks blocks={page.layout} site={site} />
    </article>
  )
}
