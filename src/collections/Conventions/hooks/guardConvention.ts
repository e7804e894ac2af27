import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { type ConventionStatus, frozenFieldChanges } from '@/domain/tne/convention-lifecycle'
import { CONVENTION_TRANSITION } from '@/domain/write-context'
import { assertSameTerritoryOrThrow } from '@/services/tne/same-territory'

/**
 * No path writes a convention's status or history around its lifecycle (POST
 * /api/conventions/:id/transition), a signed convention keeps its terms, and its partner and
 * signed file belong to its territory.
 */
export const guardConvention: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, context, req }) => {
  let next = data
  if (!context[CONVENTION_TRANSITION]) {
    if (operation === 'create') next = { ...data, status: 'draft', history: [] }
    else {
      const statusChanged = data.status !== undefined && data.status !== originalDoc?.status
      const historyChanged =
        data.history !== undefined && JSON.stringify(data.history) !== JSON.stringify(originalDoc?.history ?? [])
      if (statusChanged || historyChanged) {
        throw new APIError(
          'Le statut d’une convention ne change que par son cycle de vie (POST /api/conventions/:id/transition).',
          409,
        )
      }
      const frozen = frozenFieldChanges(originalDoc?.status as ConventionStatus, originalDoc ?? {}, data)
      if (frozen.length) {
        throw new ValidationError({
          collection: 'conventions',
          errors: frozen.map((path) => ({
            path,
            message:
              'La convention est signée : ce champ ne change plus (un avenant fait l’objet d’une nouvelle convention).',
          })),
        })
      }
    }
  }
  const territory = next.territory ?? originalDoc?.territory
  await assertSameTerritoryOrThrow(req, {
    collection: 'partners',
    related: next.partner,
    territory,
    path: 'partner',
    message: 'Choisissez un partenaire du territoire de la convention.',
  })
  await assertSameTerritoryOrThrow(req, {
    collection: 'convention-files',
    related: next.signedFile,
    territory,
    path: 'signedFile',
    message: 'Le fichier déposé appartient à un autre territoire.',
  })
  return next
}
