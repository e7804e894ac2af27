import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { CONTENT_LABELS } from '@/domain/content/paths'
import { SEARCH_PAGE_SIZE, parseSearchQuery, searchHref } from '@/domain/content/search-query'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { searchSite } from '@/services/content/site-search'
import { getSiteByHost } from '@/sites/registry'
import { Highlighted } from '@/ui/content/Highlighted'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchQuery(await searchParams)
  return {
    title: q ? `Recherche « ${q} »` : 'Recherche',
    alternates: { canonical: '/recherche' },
    robots: { index: false, follow: true },
  }
}

/** Search on this site: its pages, news, expert articles, kits and, on the crowdfunding site, its collecting projects. */
export default async function SearchPage({ params, searchParams }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const query = parseSearchQuery(await searchParams)
  const results = await searchSite(await getPayloadOrUnavailable(), site, query)
  return (
    <>
      <h1>Recherche</h1>
      <form
        method="get"
        action="/recherche"
        role="search"
        className="filters"
        aria-label={`Rechercher sur ${site.name}`}
      >
        <p>
          <label htmlFor="recherche-q">Mots recherchés</label>
          <input id="recherche-q" name="q" type="search" defaultValue={query.q} maxLength={100} />
        </p>
        <p>
          <button type="submit">Rechercher</button>
        </p>
      </form>
      {query.q ? (
        <>
          <h2 id="resultats">
            {results.total === 0 ? 'Aucun résultat' : `${results.total} résultat${results.total > 1 ? 's' : ''}`} pour «{' '}
            {query.q} »
          </h2>
          {results.total === 0 ? (
            <p>
              Essayez d’autres mots, moins de mots, ou consultez le <Link href="/plan-du-site">plan du site</Link>.
            </p>
          ) : (
            <ol className="results" aria-labelledby="resultats" start={(query.page - 1) * SEARCH_PAGE_SIZE + 1}>
              {results.hits.map((hit) => (
                <li key={hit.url}>
                  <p className="results__kind">{CONTENT_LABELS[hit.kind as keyof typeof CONTENT_LABELS] ?? 'Page'}</p>
                  <h3>
                    <Link href={hit.url}>
                      <Highlighted text={hit.title} />
                    </Link>
                  </h3>
                  <p>
                    <Highlighted text={hit.excerpt} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          {results.pages > 1 ? (
            <nav aria-label="Pagination des résultats">
              <ul className="pagination">
                {query.page > 1 ? (
                  <li>
                    <Link href={searchHref(query, query.page - 1)}>Résultats précédents</Link>
                  </li>
                ) : null}
                <li aria-current="page">
                  Page {query.page} sur {results.pages}
                </li>
                {query.page < results.pages ? (
                  <li>
                    <Link href={searchHref(query, query.page + 1)}>Résultats suivants</Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  )
}
