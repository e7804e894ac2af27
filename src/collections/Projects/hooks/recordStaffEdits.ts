import type { CollectionAfterChangeHook } from 'payload'

import { hasRole } from '@/domain/access/roles'
import { changedFields } from '@/domain/projects/edit-diff'
import { TRANSITION_CONTEXT } from '@/domain/write-context'

/** A moderator's or admin's edit is recorded field by field, in the edit's own transaction. */
export const recordStaffEdits: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context[TRANSITION_CONTEXT] || !req.user || !hasRole(req.user, 'admin', 'moderator'))
    return doc
  const changes = changedFields(previousDoc ?? {}, doc)
  if (!changes.length) return doc
  await req.payload.create({
    collection: 'project-edits',
    data: { project: doc.id, editor: req.user.id, summary: changes.map((c) => c.field).join(', '), changes },
    req,
    depth: 0,
  })
  return doc
}
