import type { Payload, Where } from 'payload'

import { type AgendaQuery, agendaWindow } from '@/domain/tne/agenda-query'
import type { WorkshopAudience, WorkshopFormat, WorkshopStatus, WorkshopTheme } from '@/domain/tne/options'
import { dayInParis } from '@/domain/tne/workshops'

/** A workshop as the public pages show it. */
export type PublicWorkshop = {
  id: number
  slug: string
  title: string
  startsAt: string
  durationMinutes: number | null
  format: WorkshopFormat
  theme: WorkshopTheme
  audience: WorkshopAudience
  status: WorkshopStatus
  commune: string
  venue: string
  address: string | null
  registration: string | null
  description: string | null
  latitude: number | null
  longitude: number | null
  territory: { name: string; slug: string } | null
}

/**
 * Upcoming published workshops matching the agenda's filters, soonest first, read as an anonymous
 * visitor (only what the public may see). At most 200: the agenda of a few weeks.
 */
export async function findPublicWorkshops(
  payload: Payload,
  query: AgendaQuery,
  now = new Date(),
): Promise<PublicWorkshop[]> {
  const { from, to } = agendaWindow(query, dayInParis(now))
  const and: Where[] = [{ published: { equals: true } }, { startsAt: { greater_than_equal: from } }]
  if (to) and.push({ startsAt: { less_than: to } })
  if (query.territoire) and.push({ 'territory.slug': { equals: query.territoire } })
  if (query.theme) and.push({ theme: { equals: query.theme } })
  if (query.public) and.push({ audience: { equals: query.public } })
  const { docs } = await payload.find({
    collection: 'workshops',
    where: { and },
    sort: 'startsAt',
    limit: 200,
    depth: 1,
    overrideAccess: false,
    select: {
      slug: true,
      title: true,
      startsAt: true,
      durationMinutes: true,
      format: true,
      theme: true,
      audience: true,
      status: true,
      commune: true,
      venue: true,
      address: true,
      registration: true,
      description: true,
      latitude: true,
      longitude: true,
      territory: true,
    },
    populate: { territories: { name: true, slug: true } },
  })
  return docs.map((w) => ({
    id: w.id,
    slug: w.slug,
    title: w.title,
    startsAt: w.startsAt,
    durationMinutes: w.durationMinutes ?? null,
    format: w.format,
    theme: w.theme,
    audience: w.audience,
    status: w.status,
    commune: w.commune,
    venue: w.venue,
    address: w.address ?? null,
    registration: w.registration ?? null,
    description: w.description ?? null,
    latitude: w.latitude ?? null,
    longitude: w.longitude ?? null,
    territory:
      typeof w.territory === 'object' && w.territory ? { name: w.territory.name, slug: w.territory.slug } : null,
  }))
}

/** The territories for the agenda's filter (public reference data). */
export async function territoryOptions(payload: Payload): Promise<[string, string][]> {
  const { docs } = await payload.find({
    collection: 'territories',
    pagination: false,
    depth: 0,
    sort: 'name',
    select: { slug: true, name: true },
    overrideAccess: false,
  })
  return docs.map((t) => [t.slug, t.name])
}
