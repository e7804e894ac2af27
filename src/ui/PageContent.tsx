import type { SiteKind } from '@/domain/sites/kinds'
import { typeset } from '@/domain/text/typography'
import type { Page } from '@/payload-types'
import { Blocks } from '@/ui/content/Blocks'
import { Prose } from '@/ui/content/Prose'

/** A page: title, lead, rich text, then its blocks. */
export function PageContent({ page, site }: { page: Page; site: { id: number; kind: SiteKind | null } }) {
  return (
    <article className="page">
      <h1>{typeset(page.title)}</h1>
      {page.intro ? <p className="page__intro">{typeset(page.intro)}</p> : null}
      {page.content ? <Prose data={page.content} /> : null}
      <Blocks blocks={page.layout} site={site} />
    </article>
  )
}
