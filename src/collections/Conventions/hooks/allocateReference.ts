import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '@/domain/access/ids'
import { formatConventionReference, isConventionYear } from '@/domain/tne/convention-reference'
import { nextConventionNumber } from '@/services/tne/locks-and-counters'

/**
 * Gives a new convention the next reference of its territory and year, in the creation's own
 * transaction: concurrent creations wait on the counter's row (no duplicate), and a creation that
 * fails rolls its number back (no gap).
 */
export const allocateReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const territoryId = relationId(data.territory)
  if (territoryId === null)
    throw new ValidationError({
      collection: 'conventions',
      errors: [{ path: 'territory', message: 'Choisissez le territoire de la convention.' }],
    })
  if (!isConventionYear(data.year))
    throw new ValidationError({
      collection: 'conventions',
      errors: [{ path: 'year', message: 'Indiquez l’année de la convention (2020 ou après).' }],
    })
  const territory = await req.payload.findByID({
    collection: 'territories',
    id: territoryId,
    depth: 1,
    req,
    select: { department: true },
  })
  const department = typeof territory.department === 'object' ? territory.department : null
  if (!department) throw new Error(`Territory ${territoryId} has no département`)
  const number = await nextConventionNumber(req.payload, req, territoryId, data.year)
  return { ...data, reference: formatConventionReference(department.code, data.year, number) }
}
