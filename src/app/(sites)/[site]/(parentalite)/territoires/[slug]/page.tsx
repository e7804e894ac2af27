import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { COHORT_LABELS, PARTNER_KIND_LABELS } from '@/domain/tne/options'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { loadIndicators } from '@/services/tne/indicators'
import { findPublicWorkshops } from '@/services/tne/public-workshops'
import { Prose } from '@/ui/content/Prose'
import { WorkshopList } from '@/ui/tne/WorkshopList'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ site: string; slug: string }> }

const findTerritory = cache(async (slug: string) => {
  const payload = await getPayloadOrUnavailable()
  const { docs } = await payload.find({
    collection: 'territories',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    joins: false,
  })
  return docs[0] ?? null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const territory = await findTerritory(decodeURIComponent((await params).slug))
  return territory
    ? {
        title: `${territory.name} — territoire numérique éducatif`,
        description: territory.summary ?? undefined,
        alternates: { canonical: `/territoires/${territory.slug}` },
      }
    : { title: 'Territoire introuvable' }
}

const number = new Intl.NumberFormat('fr-FR')

/** A territory's public page: cohort, coordinating structure, timeline, partners, upcoming workshops, key figures. */
export default async function TerritoryPage({ params }: Props) {
  const territory = await findTerritory(decodeURIComponent((await params).slug))
  if (!territory) notFound()
  const payload = await getPayloadOrUnavailable()
  const [workshops, partners, indicators] = await Promise.all([
    findPublicWorkshops(payload, { territoire: territory.slug }),
    payload.find({
      collection: 'partners',
      where: { and: [{ territory: { equals: territory.id } }, { publicListing: { equals: true } }] },
      pagination: false,
      depth: 0,
      sort: 'name',
      overrideAccess: false,
      select: { name: true, kind: true, website: true },
    }),
    // Counts only (the records stay private): the figures the GIP publishes in its activity report.
    loadIndicators(payload, { public: true }, [territory.id]),
  ])
  const years = indicators.sort((a, b) => b.year - a.year)
  const latest = years[0]
  const structure = territory.coordinatingStructure
  return (
    <article>
      <h1>{territory.name}</h1>
      <p className="page__intro">
        Territoire numérique éducatif — cohorte {COHORT_LABELS[territory.cohort].toLowerCase()}, programme de{' '}
        {territory.startYear} à {territory.endYear}.
      </p>
      {territory.summary ? <p>{territory.summary}</p> : null}
      {territory.pageContent ? <Prose data={territory.pageContent} /> : null}

      <section aria-labelledby="chiffres">
        <h2 id="chiffres">Chiffres clés{latest ? ` ${latest.year}` : ''}</h2>
        {latest ? (
          <>
            <ul className="key-figures">
              <li>
                <strong>{number.format(latest.conventionsSigned)}</strong> conventions signées
              </li>
              <li>
                <strong>{number.format(latest.initiatives)}</strong> initiatives
              </li>
              <li>
                <strong>{number.format(latest.workshopsHeld)}</strong> ateliers réalisés
              </li>
              <li>
                <strong>{number.format(latest.parentsReached)}</strong> parents accueillis
              </li>
              <li>
                <strong>{number.format(latest.mediatorsTrained)}</strong> médiateurs formés
              </li>
            </ul>
            {years.length > 1 ? (
              <div className="table-scroll" role="region" aria-label="Tableau : chiffres par année civile" tabIndex={0}>
                <table className="figures">
                  <caption>Chiffres par année civile</caption>
                  <thead>
                    <tr>
                      <th scope="col">Année</th>
                      <th scope="col">Conventions signées</th>
                      <th scope="col">Initiatives</th>
                      <th scope="col">Ateliers réalisés</th>
                      <th scope="col">Parents accueillis</th>
                      <th scope="col">Médiateurs formés</th>
                    </tr>
                  </thead>
                  <tbody>
                    {years.map((r) => (
                      <tr key={r.year}>
                        <th scope="row">{r.year}</th>
                        <td>{number.format(r.conventionsSigned)}</td>
                        <td>{number.format(r.initiatives)}</td>
                        <td>{number.format(r.workshopsHeld)}</td>
                        <td>{number.format(r.parentsReached)}</td>
                        <td>{number.format(r.mediatorsTrained)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </>
        ) : (
          <p>Les premiers chiffres seront publiés à la fin de l’année.</p>
        )}
      </section>

      <section aria-labelledby="ateliers-a-venir">
        <h2 id="ateliers-a-venir">Ateliers à venir</h2>
        {workshops.length ? (
          <>
            <WorkshopList workshops={workshops.slice(0, 10)} labelledBy="ateliers-a-venir" showTerritory={false} />
            <p>
              <Link href={`/agenda?territoire=${territory.slug}`}>
                Tous les ateliers de ce territoire dans l’agenda
              </Link>{' '}
              · <Link href={`/agenda/carte?territoire=${territory.slug}`}>sur une carte</Link>
            </p>
          </>
        ) : (
          <p>Aucun atelier n’est annoncé pour le moment.</p>
        )}
      </section>

      {partners.docs.length ? (
        <section aria-labelledby="partenaires">
          <h2 id="partenaires">Partenaires</h2>
          <ul>
            {partners.docs.map((p) => (
              <li key={p.id}>
                {p.website ? <a href={p.website}>{p.name}</a> : p.name} ({PARTNER_KIND_LABELS[p.kind]})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {territory.timeline?.length ? (
        <section aria-labelledby="calendrier">
          <h2 id="calendrier">Le programme, année après année</h2>
          <ol>
            {territory.timeline.map((step) => (
              <li key={step.id ?? step.title}>
                <strong>{step.schoolYear}</strong> — {step.title}
                {step.description ? <p>{step.description}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {structure?.name ? (
        <section aria-labelledby="coordination">
          <h2 id="coordination">Coordination départementale</h2>
          <p>{structure.name}</p>
          <ul>
            {structure.email ? (
              <li>
                Courriel : <a href={`mailto:${structure.email}`}>{structure.email}</a>
              </li>
            ) : null}
            {structure.phone ? <li>Téléphone : {structure.phone}</li> : null}
            {structure.website ? (
              <li>
                Site web : <a href={structure.website}>{structure.website.replace(/^https:\/\//, '')}</a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
