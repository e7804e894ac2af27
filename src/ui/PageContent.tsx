import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Page } from '@/payload-types'

export function PageContent({ page }: { page: Page }) {
  return (
    <article className="page">
      <h1>{page.title}</h1>
      {page.intro ? <p className="page__intro">{page.intro}</p> : null}
      {page.content ? <RichText className="prose" data={page.content} /> : null}
    </article>
  )
}
