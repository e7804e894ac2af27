import Link from 'next/link'

import { daysLeft } from '@/domain/projects/campaign-clock'
import { parisDate } from '@/domain/projects/campaign-window'
import {
  CATALOGUE_SORTS,
  type CatalogueQuery,
  catalogueHref,
  hasCatalogueFilters,
} from '@/domain/projects/catalogue-query'
import { countOf } from '@/domain/text/typography'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { catalogueFilterOptionsCached, searchCatalogueCached } from '@/services/projects/catalogue'
import { ProjectProgress } from '@/ui/ProjectProgress'
import { SelectFilter } from '@/ui/SelectFilter'

const LEVELS = { ecole: 'École', college: 'Collège', lycee: 'Lycée' }
const KINDS = {
  outing: 'Sortie',
  stay_with_nights: 'Séjour avec nuitées',
  international_trip: 'Voyage à l’étranger',
  equipment: 'Équipement',
  creation_show: 'Création ou spectacle',
  other: 'Autre',
}

/**
 * The catalogue of collecting projects: a GET form (works without JavaScript), results, pages. Shared
 * by the unfiltered catalogue (page.tsx) and the filtered ones (recherche/[query]), both cached (ISR).
 */
export async function CatalogueView({ query }: { query: CatalogueQuery }) {
  const payload = await getPayloadOrUnavailable()
  // Both kept in memory (src/services/cache): the same for every visitor.
  const [results, filters] = await Promise.all([
    searchCatalogueCached(payload, query),
    catalogueFilterOptionsCached(payload),
  ])
  const today = parisDate(new Date())
  return (
    <>
      <h1>Les projets à soutenir</h1>
      <form
        method="get"
        action="/projets"
        className="filters"
        role="search"
        aria-label="Rechercher et filtrer les projets"
      >
        <p>
          <label htmlFor="q">Rechercher</label>
          <input id="q" name="q" type="search" defaultValue={query.q} />
        </p>
        <SelectFilter
          name="academie"
          label="Académie"
          all="Toutes"
          value={query.academie}
          options={filters.academies}
        />
        <SelectFilter
          name="departement"
          label="Département"
          all="Tous"
          value={query.departement}
          options={filters.departments}
        />
        <SelectFilter name="niveau" label="Niveau" all="Tous" value={query.niveau} options={Object.entries(LEVELS)} />
        <SelectFilter name="theme" label="Thématique" all="Toutes" value={query.theme} options={filters.themes} />
        <SelectFilter
          name="type"
          label="Type de projet"
          all="Tous"
          value={query.type}
          options={Object.entries(KINDS)}
        />
        <p>
          <input
            id="courteEchelle"
            name="courteEchelle"
            type="checkbox"
            value="1"
            defaultChecked={query.courteEchelle}
          />
          <label htmlFor="courteEchelle">Label Courte Échelle</label>
        </p>
        <p>
          <input
            id="procheMinimum"
            name="procheMinimum"
            type="checkbox"
            value="1"
            defaultChecked={query.procheMinimum}
          />
          <label htmlFor="procheMinimum">Proches de leur objectif minimum</label>
        </p>
        <SelectFilter name="tri" label="Trier par" value={query.tri} options={Object.entries(CATALOGUE_SORTS)} />
        <p>
          <button type="submit">Afficher les projets</button>
        </p>
      </form>

      <h2 id="resultats">
        {results.total} projet{results.total > 1 ? 's' : ''} en collecte
      </h2>
      {results.items.length === 0 ? (
        hasCatalogueFilters(query) ? (
          <p>
            Aucun projet ne correspond à ces critères. <Link href="/projets">Voir tous les projets en collecte</Link>
          </p>
        ) : (
          <p>
            Aucun projet n’est en collecte pour le moment. Enseignants,{' '}
            <Link href="/proposer-un-projet">proposez le projet de votre classe</Link> : il pourra être soutenu ici
            après sa relecture.
          </p>
        )
      ) : (
        <ul className="cards" aria-labelledby="resultats">
          {results.items.map((project) => (
            <li key={project.slug}>
              <article className="card">
                {project.cover ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img className="card__cover" src={project.cover.url} alt="" width={640} height={400} loading="lazy" />
                ) : null}
                <h3>
                  <a href={`/projets/${project.slug}`}>{project.title}</a>
                </h3>
                <p className="card__meta">
                  {`${project.establishment}, ${project.commune}${project.courteEchelle ? ' · Courte Échelle' : ''}`}
                </p>
                {project.summary ? <p>{project.summary}</p> : null}
                <ProjectProgress
                  id={`p-${project.slug}`}
                  collectedCents={project.collectedCents}
                  minimumGoalCents={project.minimumGoalCents}
                  optimumGoalCents={project.optimumGoalCents}
                />
                <p>
                  {`${countOf(project.donorCount, 'donateur', 'donateurs')} · ${countOf(daysLeft(project.endDate, today), 'jour restant', 'jours restants')}`}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {results.pages > 1 ? (
        <nav aria-label="Pagination">
          <ul className="pagination">
            {query.page > 1 ? (
              <li>
                <a href={catalogueHref(query, { page: query.page - 1 })}>Page précédente</a>
              </li>
            ) : null}
            <li aria-current="page">
              Page {query.page} sur {results.pages}
            </li>
            {query.page < results.pages ? (
              <li>
                <a href={catalogueHref(query, { page: query.page + 1 })}>Page suivante</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  )
}
