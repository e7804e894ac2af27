import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import {
  KIT_FACETS,
  type KitFacet,
  facetOptions,
  filterKits,
  hasKitFilters,
  parseKitQuery,
} from '@/domain/content/kit-filters'
import { offersSection } from '@/domain/sites/pages'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { listPublished } from '@/services/content/public-content'
import { getSiteByHost } from '@/sites/registry'
import { contentMetadata } from '@/sites/seo'
import { KitCard } from '@/ui/content/Cards'

// The filters are in the query string: rendered per request (the kits are few, read in one query).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const DESCRIPTION =
  'Mallettes de la coéducation, conférences « Idées reçues sur le numérique » et formats d’ateliers clés en main, à télécharger librement.'

export const metadata: Metadata = contentMetadata({
  title: 'Ressources',
  description: DESCRIPTION,
  path: '/ressources',
})

/**
 * The workshop-kit library with its facets (public × thème × format × niveau): a GET form of
 * checkboxes, so filtering works without JavaScript; each option shows how many kits it would give.
 */
export default async function KitLibraryPage({ params, searchParams }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site) notFound()
  const kits = await listPublished(await getPayloadOrUnavailable(), 'workshop-kits', site.id, 500)
  if (!kits.length) {
    if (!offersSection(site.settings, '/ressources')) notFound()
    return (
      <>
        <h1>Ressources</h1>
        <p className="page__intro">{DESCRIPTION}</p>
        <p>Aucune ressource n’est encore publiée. Les kits d’ateliers et les mallettes paraîtront ici.</p>
      </>
    )
  }
  const query = parseKitQuery(await searchParams)
  const shown = filterKits(kits, query)
  const options = facetOptions(kits, query)
  return (
    <>
      <h1>Ressources</h1>
      <p className="page__intro">{DESCRIPTION}</p>
      <form method="get" action="/ressources" className="facets" aria-label="Filtrer les ressources">
        {(Object.keys(KIT_FACETS) as KitFacet[]).map((facet) => (
          <fieldset key={facet}>
            <legend>{KIT_FACETS[facet].label}</legend>
            {options[facet].map((option) => {
              const id = `${facet}-${option.value}`
              return (
                <p key={option.value} className="choice">
                  <input type="checkbox" id={id} name={facet} value={option.value} defaultChecked={option.checked} />
                  <label htmlFor={id}>
                    {option.label} <span className="facets__count">({option.count})</span>
                  </label>
                </p>
              )
            })}
          </fieldset>
        ))}
        <p className="facets__actions">
          <button type="submit">Filtrer</button>
          {hasKitFilters(query) ? <Link href="/ressources">Effacer les filtres</Link> : null}
        </p>
      </form>
      <h2 id="resultats">
        {shown.length} ressource{shown.length > 1 ? 's' : ''}
        {hasKitFilters(query) ? ' correspondant à vos critères' : ''}
      </h2>
      {shown.length === 0 ? (
        <p>Aucune ressource ne correspond à ces critères : retirez un filtre.</p>
      ) : (
        <ul className="cards" aria-labelledby="resultats">
          {shown.map((kit) => (
            <li key={kit.id}>
              <KitCard kit={kit} heading="h3" />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
