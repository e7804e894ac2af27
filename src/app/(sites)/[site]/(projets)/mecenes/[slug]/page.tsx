import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PROJECT_STATUS_LABELS, type ProjectStatus } from '@/domain/projects/status'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { publicSponsor, sponsorKindLabel } from '@/services/sponsors/public-sponsors'
import { formatEuros } from '@/ui/format'

export const revalidate = 300

type Props = { params: Promise<{ site: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sponsor = await publicSponsor(await getPayloadOrUnavailable(), (await params).slug)
  return sponsor
    ? {
        title: `${sponsor.name}, mécène`,
        description: sponsor.description ?? undefined,
        alternates: { canonical: `/mecenes/${sponsor.slug}` },
      }
    : { title: 'Mécène introuvable' }
}

/** A sponsor's public page: who they are and the projects they supported. */
export default async function SponsorPage({ params }: Props) {
  const sponsor = await publicSponsor(await getPayloadOrUnavailable(), (await params).slug)
  if (!sponsor) notFound()
  return (
    <>
      <h1>{sponsor.name}</h1>
      <p className="card__meta">{sponsorKindLabel(sponsor.kind)}</p>
      {sponsor.description ? <p className="page__intro">{sponsor.description}</p> : null}
      {sponsor.website ? (
        <p>
          <a href={sponsor.website} rel="noopener">
            Site de {sponsor.name}
          </a>
        </p>
      ) : null}
      <h2>Les projets soutenus</h2>
      {sponsor.projects.length ? (
        <ul className="status-list">
          {sponsor.projects.map((p) => (
            <li key={p.slug}>
              <a href={`/projets/${p.slug}`}>{p.title}</a> : {formatEuros(p.amountCents)} d’abondement (
              {PROJECT_STATUS_LABELS[p.status as ProjectStatus].toLowerCase()})
            </li>
          ))}
        </ul>
      ) : (
        <p>Pas encore de projet soutenu.</p>
      )}
      <p>
        <a href="/mecenes">Tous les mécènes</a>
      </p>
    </>
  )
}
