// The same page as recherche/[query], rendered on each request and not stored in the page cache: the
// proxy sends a query here the first time it is asked, and to recherche/[query] (cached) from the
// second time on (src/proxy.ts). Its results are still kept in memory (searchCatalogueCached).
export { default, metadata } from '../../recherche/[query]/page'

export const dynamic = 'force-dynamic'
