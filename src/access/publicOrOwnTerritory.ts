import type { Access, FieldAccess, Where } from 'payload'

import { relationId, relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'

/**
 * TNE records that are partly public (published workshops, partners listed on a territory's page):
 * admins read all; coordinators, like in every TNE collection, only their territories' records
 * (the public site shows them the rest as to any visitor); everyone else, editors included, only
 * the public ones (`publicWhere`). A coordinator who is also an editor gets both.
 */
export const publicOrOwnTerritory =
  (publicWhere: Where, field = 'territory'): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'coordinator')) return publicWhere
    const own: Where = { [field]: { in: relationIds(user?.territories) } }
    return hasRole(user, 'editor') ? { or: [publicWhere, own] } : own
  }

/**
 * A field of a partly public record that only its territory's coordinators and admins read (e.g. a
 * partner's contacts): hidden from the public, from editors and from other territories.
 */
export const ownTerritoryFieldOrAdmin =
  (field = 'territory'): FieldAccess =>
  ({ req: { user }, doc, siblingData }) => {
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'coordinator')) return false
    const territory = relationId((doc ?? siblingData)?.[field] as never)
    return territory !== null && relationIds(user?.territories).includes(territory)
  }
