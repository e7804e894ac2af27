import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { WorkshopStatus } from '@/domain/tne/options'
import { workshopProblems } from '@/domain/tne/workshops'
import { assertSameTerritoryOrThrow } from '@/services/tne/same-territory'

/** A workshop's rules (participants after the event, coordinates), and its convention in its territory. */
export const checkWorkshop: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const problems = workshopProblems(
    {
      status: merged.status as WorkshopStatus,
      startsAt: merged.startsAt,
      capacity: merged.capacity,
      participants: merged.participants,
      latitude: merged.latitude,
      longitude: merged.longitude,
    },
    new Date(),
  )
  if (problems.length) throw new ValidationError({ collection: 'workshops', errors: problems })
  await assertSameTerritoryOrThrow(req, {
    collection: 'conventions',
    related: merged.convention,
    territory: merged.territory,
    path: 'convention',
    message: 'Choisissez une convention du territoire de l’atelier.',
  })
  return data
}
