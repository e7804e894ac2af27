import { APIError, type Payload, ValidationError } from 'payload'

import { type ConventionStatus, decideConventionTransition } from '@/domain/tne/convention-lifecycle'
import { CONVENTION_TRANSITION } from '@/domain/write-context'
import type { Convention, User } from '@/payload-types'

import { withLockedConvention } from './with-locked-convention'

/**
 * Moves a convention along its lifecycle on behalf of `user`, on the locked row: the lifecycle
 * decides on the status as it is now; status and history are written together. 404 when the user
 * cannot update the convention (another territory), 409 when the lifecycle refuses, 400 on the
 * field that is missing (signed PDF, signature date, amount, period).
 */
export async function transitionConvention(
  payload: Payload,
  {
    conventionId,
    to,
    user,
    comment,
    now = new Date(),
  }: { conventionId: number; to: ConventionStatus; user: User; comment?: string; now?: Date },
): Promise<Convention> {
  return withLockedConvention(payload, conventionId, async (convention, req) => {
    // The user's own update right on this convention (their territory), checked on the locked row.
    const mine = await payload.count({
      collection: 'conventions',
      where: { id: { equals: conventionId } },
      user,
      overrideAccess: false,
      req,
    })
    if (mine.totalDocs === 0) throw new APIError('Convention introuvable.', 404)
    const decision = decideConventionTransition(convention.status ?? 'draft', to, {
      hasSignedFile: Boolean(convention.signedFile),
      signatureDate: convention.signatureDate,
      amountCents: convention.amountCents,
      periodStart: convention.periodStart,
      periodEnd: convention.periodEnd,
    })
    if (!decision.ok) {
      if (decision.code === 'incomplete')
        throw new ValidationError({ collection: 'conventions', errors: decision.errors })
      throw new APIError(decision.message, 409)
    }
    const entry = {
      from: convention.status ?? 'draft',
      to,
      at: now.toISOString(),
      actorUser: user.id,
      comment: comment?.trim() || null,
    }
    return payload.update({
      collection: 'conventions',
      id: conventionId,
      data: { status: to, history: [...(convention.history ?? []), entry] },
      depth: 0,
      req,
      context: { [CONVENTION_TRANSITION]: true },
    })
  })
}
