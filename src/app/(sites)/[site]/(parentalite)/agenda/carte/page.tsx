import type { Metadata } from 'next'
import Link from 'next/link'

import { agendaSearch, parseAgendaQuery } from '@/domain/tne/agenda-query'
import { env } from '@/env'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { findPublicWorkshops, territoryOptions } from '@/services/tne/public-workshops'
import { formatEventTime } from '@/ui/format'
import { AgendaFilters } from '@/ui/tne/AgendaFilters'
import { WorkshopList } from '@/ui/tne/WorkshopList'
import { type MapMarker, WorkshopMap } from '@/ui/tne/WorkshopMap'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Carte des ateliers', alternates: { canonical: '/agenda/carte' } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The agenda on a map, with its equivalent list always present below it (RGAA: maps have list equivalents). */
export default async function AgendaMapPage({ searchParams }: Props) {
  const query = parseAgendaQuery(await searchParams)
  const payload = await getPayloadOrUnavailable()
  const [workshops, territories] = await Promise.all([findPublicWorkshops(payload, query), territoryOptions(payload)])
  const markers: MapMarker[] = workshops
    .filter((w) => w.latitude !== null && w.longitude !== null)
    .map((w) => ({
      id: w.id,
      lat: w.latitude!,
      lng: w.longitude!,
      title: w.title,
      href: `#atelier-${w.slug}`,
      when: `${formatEventTime(w.startsAt, { short: true })}, ${w.commune}`,
    }))
  return (
    <>
      <h1>Carte des ateliers</h1>
      <AgendaFilters action="/agenda/carte" query={query} territories={territories} />
      <p>
        <Link href={`/agenda${agendaSearch(query)}`}>Revenir à l’agenda</Link>
      </p>
      <WorkshopMap
        markers={markers}
        tileUrl={env.MAP_TILE_URL}
        attribution={env.MAP_TILE_ATTRIBUTION}
        listId="liste-ateliers"
      />
      <h2 id="liste-ateliers" tabIndex={-1}>
        Liste des ateliers de la carte ({workshops.length})
      </h2>
      {workshops.length ? (
        <WorkshopList workshops={workshops} labelledBy="liste-ateliers" />
      ) : (
        <p>Aucun atelier ne correspond à ces critères pour le moment.</p>
      )}
    </>
  )
}
