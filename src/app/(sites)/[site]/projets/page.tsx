import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { daysLeft } from '@/domain/projects/campaign-clock'
import { parisDate } from '@/domain/projects/campaign-window'
import { CATALOGUE_SORTS, catalogueHref, parseCatalogueQuery } from '@/domain/projects/catalogue-query'
import { searchCatalogue } from '@/services/projects/catalogue'
import { getSiteByHost } from '@/sites/registry'
import { ProjectProgress } from '@/ui/ProjectProgress'
import { SelectFilter } from '@/ui/SelectFilter'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Les projets à soutenir', alternates: { canonical: '/projets' } }

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const LEVELS = { ecole: 'École', college: 'Collège', lycee: 'Lycée' }
const KINDS = { outing: 'Sortie', stay_with_nights: 'Séjour avec nuitées', international_trip: 'Voyage à l’étranger', equipment: 'Équipement', creation_show: 'Création ou spectacle', other: 'Autre' }

/** The catalogue of collecting projects: a GET form (works without JavaScript), results, pages. */
export default async function CataloguePage({ params, searchParams }: Props) {
  const site = await getSiteByHost((await params).site)
  if (!site || site.slug !== 'projets') notFound()
  const query = parseCatalogueQuery(await searchParams)
  const payload = await getPayload({ config })
  const [results, academies, departments, themes] = await Promise.all([
    searchCatalogue(payload, query),
    payload.find({ collection: 'academies', select: { code: true, name: true }, sort: 'name', pagination: false, depth: 0, overrideAccess: false }),
    payload.find({ collection: 'departments', select: { code: true, name: true }, sort: 'code', pagination: false, depth: 0, overrideAccess: false }),
    payload.find({ collection: 'themes', select: { slug: true, name: true }, sort: 'name', pagination: false, depth: 0, overrideAccess: false }),
  ])
  const today = parisDate(new Date())
  return (
    <>
      <h1>Les projets à soutenir</h1>
      <form method="get" action="/projets" className="filters" role="search" aria-label="Rechercher et filtrer les projets">
        <p>
          <label htmlFor="q">Rechercher</label>
          <input id="q" name="q" type="search" defaultValue={query.q} />
        </p>
        <SelectFilter name="academie" label="Académie" all="Toutes" value={query.academie} options={academies.docs.map((a) => [a.code, a.name])} />
        <SelectFilter name="departement" label="Département" all="Tous" value={query.departement} options={departments.docs.map((d) => [d.code, `${d.code} – ${d.name}`])} />
        <SelectFilter name="niveau" label="Niveau" all="Tous" value={query.niveau} options={Object.entries(LEVELS)} />
        <SelectFilter name="theme" label="Thématique" all="Toutes" value={query.theme} options={themes.docs.map((t) => [t.slug, t.name])} />
        <SelectFilter name="type" label="Type de projet" all="Tous" value={query.type} options={Object.entries(KINDS)} />
        <p>
          <input id="courteEchelle" name="courteEchelle" type="checkbox" value="1" defaultChecked={query.courteEchelle} />
          <label htmlFor="courteEchelle">Label Courte Échelle</label>
        </p>
        <p>
          <input id="procheMinimum" name="procheMinimum" type="checkbox" value="1" defaultChecked={query.procheMinimum} />
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
        <p>Aucun projet ne correspond à ces critères.</p>
      ) : (
        <ul className="cards" aria-labelledby="resultats">
          {results.items.map((project) => (
            <li key={project.slug}>
              <article className="card">
                <h3>
                  <Link href={`/projets/${project.slug}`}>{project.title}</Link>
                </h3>
                <p className="card__meta">
                  {project.establishment}, {project.commune}
                  {project.courteEchelle ? ' · Courte Échelle' : ''}
                </p>
                {project.summary ? <p>{project.summary}</p> : null}
                <ProjectProgress id={`p-${project.slug}`} collectedCents={project.collectedCents} minimumGoalCents={project.minimumGoalCents} optimumGoalCents={project.optimumGoalCents} />
                <p>
                  {project.donorCount} donateur{project.donorCount > 1 ? 's' : ''} · {daysLeft(project.endDate, today)} jour(s) restant(s)
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
                <Link href={catalogueHref(query, { page: query.page - 1 })}>Page précédente</Link>
              </li>
            ) : null}
            <li aria-current="page">
              Page {query.page} sur {results.pages}
            </li>
            {query.page < results.pages ? (
              <li>
                <Link href={catalogueHref(query, { page: query.page + 1 })}>Page suivante</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  )
}
