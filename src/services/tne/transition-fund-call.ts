import { APIError, type Payload } from 'payload'

import { FUND_CALL_TRANSITION } from '@/domain/write-context'
import { relationId, relationIds } from '@/domain/access/ids'
import { hasRole } from '@/domain/access/roles'
import { type FundCallStatus, decideFundCallTransition } from '@/domain/tne/fund-calls'
import type { FundCall, User } from '@/payload-types'

import { committedCents, withLockedConvention } from './with-locked-convention'

/**
 * Approves, rejects or marks paid a fund call on behalf of `user`. The call's convention is locked
 * first, so decisions on its calls run one after the other: two approvals that together would pass
 * the convention's amount cannot both succeed; the second sees the first and is refused (409).
 */
export async function transitionFundCall(
  payload: Payload,
  {
    fundCallId,
    to,
    user,
    comment,
    now = new Date(),
  }: { fundCallId: number; to: FundCallStatus; user: User; comment?: string; now?: Date },
): Promise<FundCall> {
  const visible = await payload.find({
    collection: 'fund-calls',
    where: { id: { equals: fundCallId } },
    user,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    select: { convention: true },
  })
  const conventionId = relationId(visible.docs[0]?.convention)
  if (conventionId === null) throw new APIError('Appel de fonds introuvable.', 404)
  return withLockedConvention(payload, Number(conventionId), async (convention, req) => {
    const call = await payload.findByID({ collection: 'fund-calls', id: fundCallId, depth: 0, req })
    const decision = decideFundCallTransition(
      { status: call.status ?? 'requested', amountCents: call.amountCents, requestedBy: relationId(call.requestedBy) },
      to,
      {
        id: user.id,
        isAdmin: hasRole(user, 'admin'),
        coordinatesTerritory:
          hasRole(user, 'coordinator') && relationIds(user.territories).includes(relationId(call.territory) ?? -1),
      },
      {
        status: convention.status ?? 'draft',
        amountCents: convention.amountCents ?? 0,
        committedCents: await committedCents(payload, req, convention.id, call.id),
      },
    )
    if (!decision.ok)
      throw new APIError(
        decision.message,
        decision.status,
        decision.path ? { errors: [{ path: decision.path, message: decision.message }] } : undefined,
      )
    const at = now.toISOString()
    return payload.update({
      collection: 'fund-calls',
      id: call.id,
      data: {
        status: to,
        ...(to === 'paid' ? { paidAt: at } : { decidedBy: user.id, decidedAt: at }),
        history: [
          ...(call.history ?? []),
          { from: call.status, to, at, actorUser: user.id, comment: comment?.trim() || null },
        ],
      },
      depth: 0,
      req,
      context: { [FUND_CALL_TRANSITION]: true },
    })
  })
}
