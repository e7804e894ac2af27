import type { Metadata } from 'next'

import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { publicSponsors, sponsorKindLabel } from '@/services/sponsors/public-sponsors'

export const metadata: Metadata = {
  title: 'Nos mécènes',
  description: 'Les entreprises, fondations et partenaires publics qui abondent les projets des écoles.',
}
export const revalidate = 300

/** The sponsors that top up projects. */
export default async function SponsorsPage() {
  const sponsors = await publicSponsors(await getPayloadOrUnavailable())
  return (
    <>
      <h1>Nos mécènes</h1>
      <p className="page__intro">
        Entreprises, fondations et partenaires publics abondent les dons faits aux projets qui correspondent à leurs
        engagements.
      </p>
      {sponsors.length ? (
        <ul className="status-list">
          {sponsors.map((s) => (
            <li key={s.id}>
              <a href={`/mecenes/${s.slug}`}>{s.name}</a> ({sponsorKindLabel(s.kind).toLowerCase()})
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun mécène pour le moment.</p>
      )}
    </>
  )
}
