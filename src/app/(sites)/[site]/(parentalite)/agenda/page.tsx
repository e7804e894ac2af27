import type { Metadata } from 'next'
import Link from 'next/link'

import { agendaSearch, parseAgendaQuery } from '@/domain/tne/agenda-query'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { findPublicWorkshops, territoryOptions } from '@/services/tne/public-workshops'
import { AgendaFilters } from '@/ui/tne/AgendaFilters'
import { WorkshopList } from '@/ui/tne/WorkshopList'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Agenda des ateliers', alternates: { canonical: '/agenda' } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The public agenda: upcoming workshops for parents, filtered by a GET form (works without JavaScript). */
export default async function AgendaPage({ searchParams }: Props) {
  const query = parseAgendaQuery(await searchParams)
  const payload = await getPayloadOrUnavailable()
  const [workshops, territories] = await Promise.all([findPublicWorkshops(payload, query), territoryOptions(payload)])
  return (
    <>
      <h1>Agenda des ateliers</h1>
      <p>
        Ateliers, cafés des parents, conférences et permanences sur les usages numériques des enfants, près de chez
        vous. Gratuits et ouverts à tous les parents.
      </p>
      <AgendaFilters action="/agenda" query={query} territories={territories} />
      <p>
        <Link href={`/agenda/carte${agendaSearch(query)}`}>Voir ces ateliers sur une carte</Link>
      </p>
      <h2 id="ateliers">
        {workshops.length} atelier{workshops.length > 1 ? 's' : ''} à venir
      </h2>
      {workshops.length ? (
        <WorkshopList workshops={workshops} labelledBy="ateliers" />
      ) : (
        <p>Aucun atelier ne correspond à ces critères pour le moment.</p>
      )}
    </>
  )
}
