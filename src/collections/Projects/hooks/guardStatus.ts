import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { TRANSITION_CONTEXT } from '@/domain/write-context'

/**
 * No path writes `status` or `history` around the state machine: not the REST API, GraphQL or the
 * admin form (their field access is closed), and not server code with overrideAccess either.
 */
export const guardStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  if (context[TRANSITION_CONTEXT]) return data
  if (operation === 'create') return { ...data, status: 'draft', history: [] }
  const statusChanged = data.status !== undefined && data.status !== originalDoc?.status
  const historyChanged =
    data.history !== undefined && JSON.stringify(data.history) !== JSON.stringify(originalDoc?.history ?? [])
  if (statusChanged || historyChanged) {
    throw new APIError(
      'Le statut d’un projet ne change que par une transition (POST /api/projects/:id/transition).',
      409,
    )
  }
  return data
}
