import { parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import { rewrittenSearch } from '@/domain/web/rewritten-query'

import { CatalogueView } from '../../catalogue-view'

export { metadata } from '../../recherche/[query]/page'

// Rendered on each request, not stored in the page cache: the proxy sends a query here the first time
// it is asked, and to recherche/[query] (cached) from the second time on (src/proxy.ts). Its results
// are still kept in memory (searchCatalogueCached).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ query: string }> }

export default async function CatalogueQueryOnDemandPage({ params }: Props) {
  const search = rewrittenSearch((await params).query)
  return <CatalogueView query={parseCatalogueQuery(Object.fromEntries(search))} />
}
